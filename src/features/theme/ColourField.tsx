// A colour setting: the text (as typed, checked as it is typed; a colour that is not one is shown
// with its message and never sent) beside a native colour picker, with room for the row's action
// (Clear) on the same line.
import { useId, useMemo } from 'react'
import type { ReactNode } from 'react'
import type { FieldSchema } from '../../core'
import type { RawCodec } from '../fields/field-parsers'
import { FieldShell, inputAria } from '../fields/FieldShell'
import { useFieldDraft } from '../fields/use-field-draft'
import { parseColour, pickerValue } from './colour-value'

export function ColourField(props: {
  field: FieldSchema
  value: unknown
  onChange: (value: string | null) => void
  /** The colour that applies while this one is not set (inherited), shown by the picker. */
  fallback?: string | undefined
  action?: ReactNode
}) {
  const { field } = props
  const id = useId()
  const label = field.label || field.key
  const codec = useMemo<RawCodec>(
    () => ({
      format: (value) => (typeof value === 'string' ? value : ''),
      parse: (raw) => parseColour(raw, label),
    }),
    [label],
  )
  const draft = useFieldDraft(field, props.value, codec, (value) =>
    props.onChange(typeof value === 'string' ? value : null),
  )
  const picked = pickerValue(draft.raw) ?? pickerValue(props.fallback) ?? '#ffffff'
  return (
    <FieldShell id={id} field={field} error={draft.error}>
      <div className="colour-field">
        <input
          {...inputAria(id, field, draft.error)}
          className="input colour-field__text"
          type="text"
          spellCheck={false}
          autoComplete="off"
          value={draft.raw}
          onChange={(event) => draft.setRaw(event.target.value)}
        />
        <label className="visually-hidden" htmlFor={`${id}-picker`}>
          {`Pick ${label}`}
        </label>
        <input
          id={`${id}-picker`}
          className="colour-field__picker"
          type="color"
          value={picked}
          onChange={(event) => draft.setRaw(event.target.value)}
        />
        {props.action}
      </div>
    </FieldShell>
  )
}
