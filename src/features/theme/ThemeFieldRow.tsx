// One theme setting: the same control as a block field, whether it differs from what is saved,
// and a Clear button that removes the setting (sent as `unset`) so the theme default applies.
import { memo } from 'react'
import type { FieldSchema, FieldValues } from '../../core'
import { settingKey } from '../../sync'
import { FieldList } from '../fields/FieldList'
import { summarize } from '../canvas/preview-entries'

export const ThemeFieldRow = memo(function ThemeFieldRow(props: {
  field: FieldSchema
  values: FieldValues
  edited: boolean
  onPatch: (patch: FieldValues) => void
}) {
  const { field, values, onPatch } = props
  const key = settingKey(field)
  const isSet = Object.hasOwn(values, key)
  const fallback = field.defaultValue === undefined ? '' : summarize(field, field.defaultValue)
  return (
    <div
      className={props.edited ? 'theme-field theme-field--edited' : 'theme-field'}
      data-setting={key}
    >
      <FieldList fields={[field]} values={values} onPatch={onPatch} />
      <div className="theme-field__meta">
        {props.edited ? <span className="theme-field__badge">Changed</span> : null}
        {isSet ? null : (
          <span className="muted">
            Not set{fallback ? ` — the theme default (${fallback}) applies` : ''}.
          </span>
        )}
        {isSet ? (
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={`Clear ${field.label}`}
            onClick={() => onPatch({ [key]: null })}
          >
            Clear
          </button>
        ) : null}
      </div>
    </div>
  )
})
