// Text, number, date, select and JSON fields: one input whose text goes through a codec, is
// validated as it is typed, and is sent only when valid.
import { useMemo } from 'react'
import { dateCodec, jsonObjectCodec, numberCodec, selectCodec, textCodec } from '../field-parsers'
import type { RawCodec } from '../field-parsers'
import { FieldShell, inputAria } from '../FieldShell'
import { useFieldDraft } from '../use-field-draft'
import type { ControlProps } from './types'

export function TextField(props: ControlProps) {
  const draft = useFieldDraft(props.field, props.value, textCodec, props.onChange)
  return (
    <FieldShell id={props.id} field={props.field} error={draft.error}>
      <input
        {...inputAria(props.id, props.field, draft.error)}
        className="input"
        type="text"
        value={draft.raw}
        onChange={(e) => draft.setRaw(e.target.value)}
      />
    </FieldShell>
  )
}

export function NumberField(props: ControlProps) {
  const draft = useFieldDraft(props.field, props.value, numberCodec, props.onChange)
  return (
    <FieldShell id={props.id} field={props.field} error={draft.error}>
      <input
        {...inputAria(props.id, props.field, draft.error)}
        className="input input--number"
        type="text"
        inputMode="decimal"
        value={draft.raw}
        onChange={(e) => draft.setRaw(e.target.value)}
      />
    </FieldShell>
  )
}

export function DateField(props: ControlProps) {
  const { value } = props
  const codec: RawCodec = useMemo(() => dateCodec(value), [value])
  const draft = useFieldDraft(props.field, value, codec, props.onChange)
  return (
    <FieldShell id={props.id} field={props.field} error={draft.error}>
      <input
        {...inputAria(props.id, props.field, draft.error)}
        className="input input--date"
        type="date"
        value={draft.raw}
        onChange={(e) => draft.setRaw(e.target.value)}
      />
    </FieldShell>
  )
}

export function SelectField(props: ControlProps) {
  const draft = useFieldDraft(props.field, props.value, selectCodec, props.onChange)
  const options = props.field.options ?? []
  const known = draft.raw === '' || options.some((o) => o.value === draft.raw)
  return (
    <FieldShell id={props.id} field={props.field} error={draft.error}>
      <select
        {...inputAria(props.id, props.field, draft.error)}
        className="input"
        value={draft.raw}
        onChange={(e) => draft.setRaw(e.target.value)}
      >
        <option value="">{props.field.required ? 'Choose…' : '— None —'}</option>
        {known ? null : <option value={draft.raw}>{draft.raw} (not an option)</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  )
}

export function CustomObjectField(props: ControlProps) {
  const draft = useFieldDraft(props.field, props.value, jsonObjectCodec, props.onChange)
  return (
    <FieldShell id={props.id} field={props.field} error={draft.error}>
      <textarea
        {...inputAria(props.id, props.field, draft.error)}
        className="input input--code"
        rows={Math.min(12, Math.max(3, draft.raw.split('\n').length))}
        spellCheck={false}
        value={draft.raw}
        onChange={(e) => draft.setRaw(e.target.value)}
      />
    </FieldShell>
  )
}
