// A plain-text field edited where it is drawn: a textbox named by the field's schema label,
// dressed as the text around it (a heading stays a heading). Its text goes through the same draft
// and validation as the side panel's input, so one keystroke is one `update` of the block.
import type { ElementType } from 'react'
import type { FieldSchema } from '../../core'
import { textCodec } from '../fields/field-parsers'
import { useFieldDraft } from '../fields/use-field-draft'

export function EditableText(props: {
  field: FieldSchema
  value: unknown
  as: ElementType
  className?: string | undefined
  /** The field's key, so a click that selected the block can put the caret here. */
  dataField?: string
  onChange(value: unknown): void
}) {
  const { field } = props
  const draft = useFieldDraft(field, props.value, textCodec, props.onChange)
  const Tag = props.as
  return (
    <Tag className={`ip-text ${props.className ?? ''}`} data-field={props.dataField}>
      <textarea
        className="ip-text__input"
        aria-label={field.label}
        aria-required={field.required ? true : undefined}
        aria-invalid={draft.error ? true : undefined}
        title={draft.error ?? undefined}
        rows={1}
        spellCheck
        placeholder={field.label}
        value={draft.raw}
        // A text field is one line: Enter would add a line break the field cannot hold.
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault()
        }}
        onChange={(e) => draft.setRaw(e.target.value.replace(/\r?\n/g, ' '))}
      />
      {draft.error ? (
        <span className="ip-text__error" role="alert">
          {draft.error}
        </span>
      ) : null}
    </Tag>
  )
}
