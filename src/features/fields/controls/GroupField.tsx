// A group: named sub-fields stored together as one object value.
import { useCallback, useMemo } from 'react'
import type { FieldValues } from '../../../core'
import { isPlainObject } from '../../../core'
import { FieldList } from '../FieldList'
import type { ControlProps } from './types'

export function GroupField(props: ControlProps) {
  const { field, onChange } = props
  const raw = props.value
  const values: FieldValues = useMemo(() => (isPlainObject(raw) ? raw : {}), [raw])
  const onPatch = useCallback(
    (patch: FieldValues) => onChange({ ...values, ...patch }),
    [values, onChange],
  )
  return (
    <fieldset className="field fieldset fieldset--group">
      <legend className="field__label">{field.label}</legend>
      <FieldList fields={field.fields ?? []} values={values} onPatch={onPatch} />
    </fieldset>
  )
}
