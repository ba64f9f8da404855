// A list of fields over one object of values (a block's value, an array item, a group). Each
// field reads its key (rich text: `<key>_html`) and reports changes as a patch of that object.
import { memo, useCallback, useId } from 'react'
import type { FieldSchema, FieldValues } from '../../core'
import { ArrayField } from './controls/ArrayField'
import { CheckboxField, MultiSelectField } from './controls/ChoiceFields'
import { GroupField } from './controls/GroupField'
import { MediaField } from './controls/MediaField'
import { ReadOnlyField } from './controls/ReadOnlyField'
import { ReferenceField } from './controls/ReferenceField'
import {
  CustomObjectField,
  DateField,
  NumberField,
  SelectField,
  TextField,
} from './controls/TextLikeField'
import type { ControlProps } from './controls/types'
import { RichTextFieldOnDemand } from './rich-text/RichTextFieldOnDemand'

export type PatchHandler = (patch: FieldValues, label: string) => void

export function valueKey(field: FieldSchema): string {
  return field.type === 'richText' ? `${field.key}_html` : field.key
}

export function FieldList(props: {
  fields: readonly FieldSchema[]
  values: FieldValues
  onPatch: PatchHandler
}) {
  return (
    <div className="field-list">
      {props.fields.map((field) => (
        <FieldControl
          key={field.key}
          field={field}
          value={props.values[valueKey(field)]}
          onPatch={props.onPatch}
        />
      ))}
    </div>
  )
}

/** Memoised on the field's own value, so typing in one field does not re-render the others. */
const FieldControl = memo(function FieldControl(props: {
  field: FieldSchema
  value: unknown
  onPatch: PatchHandler
}) {
  const { field, onPatch } = props
  const id = useId()
  const onChange = useCallback(
    (value: unknown) => onPatch({ [valueKey(field)]: value }, field.label),
    [field, onPatch],
  )
  const control: ControlProps = { id, field, value: props.value, onChange }
  if (field.readOnly) return <ReadOnlyField {...control} />
  switch (field.type) {
    case 'text':
      return <TextField {...control} />
    case 'richText':
      return <RichTextFieldOnDemand {...control} />
    case 'number':
      return <NumberField {...control} />
    case 'checkbox':
      return <CheckboxField {...control} />
    case 'select':
      return field.hasMany ? <MultiSelectField {...control} /> : <SelectField {...control} />
    case 'date':
      return <DateField {...control} />
    case 'relationship':
      return <ReferenceField {...control} />
    case 'upload':
      return <MediaField {...control} />
    case 'customObject':
      return <CustomObjectField {...control} />
    case 'array':
      return <ArrayField {...control} />
    case 'group':
      return <GroupField {...control} />
  }
})
