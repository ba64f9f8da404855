// One theme setting: its control (a colour as text beside a picker), Clear on the same line
// (removes the setting, sent as `unset`, so what it inherits applies), whether it differs from
// what is saved, and what applies while it is not set (the site's value on a page).
import { memo, useCallback } from 'react'
import type { FieldSchema, FieldValues } from '../../core'
import { settingKey } from '../../sync'
import { FieldList } from '../fields/FieldList'
import { ColourField } from './ColourField'
import { isColourField } from './colour-value'
import type { SettingNote } from './setting-note'

export const ThemeFieldRow = memo(function ThemeFieldRow(props: {
  field: FieldSchema
  values: FieldValues
  edited: boolean
  /** What applies while the setting is not set. */
  note: SettingNote
  onPatch: (patch: FieldValues) => void
}) {
  const { field, values, onPatch, note } = props
  const key = settingKey(field)
  const isSet = Object.hasOwn(values, key)
  const label = field.label || field.key
  const onColour = useCallback((value: string | null) => onPatch({ [key]: value }), [key, onPatch])
  const clear = isSet ? (
    <button
      type="button"
      className="button button--quiet button--small theme-field__clear"
      aria-label={`Clear ${label}`}
      onClick={() => onPatch({ [key]: null })}
    >
      Clear
    </button>
  ) : null
  const colour = isColourField(field)
  return (
    <div
      className={props.edited ? 'theme-field theme-field--edited' : 'theme-field'}
      data-setting={key}
    >
      {colour ? (
        <ColourField
          field={field}
          value={values[key]}
          onChange={onColour}
          fallback={note.colour}
          action={clear}
        />
      ) : (
        <div className={`theme-field__row theme-field__row--${field.type}`}>
          <div className="theme-field__control">
            <FieldList fields={[field]} values={values} onPatch={onPatch} />
          </div>
          {clear}
        </div>
      )}
      {props.edited || !isSet ? (
        <div className="theme-field__meta">
          {props.edited ? <span className="theme-field__badge">Changed</span> : null}
          {isSet ? null : (
            <span className={`theme-field__note theme-field__note--${note.kind}`}>
              {note.colour ? (
                <span
                  className="theme-field__swatch"
                  style={{ background: note.colour }}
                  aria-hidden="true"
                />
              ) : null}
              {note.text}
            </span>
          )}
        </div>
      ) : null}
    </div>
  )
})
