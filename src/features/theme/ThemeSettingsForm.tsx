// The form of theme settings: one control per schema field (the block-field controls), a Clear
// button per set value (clearing sends `unset`), the conflicts to resolve, a role=status line and
// saving on the button or Ctrl/Cmd+S anywhere inside the form.
import { useCallback, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useStore } from 'zustand'
import type { FieldValues } from '../../core'
import { applyEdits, editSetting, settingKey, themeStatusText } from '../../sync'
import type { ThemeDraftStore, ThemeSaveResult } from '../../sync'
import { shortcutOf } from '../shared/keyboard'
import { ThemeConflicts } from './ThemeConflicts'
import { ThemeFieldRow } from './ThemeFieldRow'
import { UnknownSettings } from './UnknownSettings'

export function ThemeSettingsForm(props: {
  store: ThemeDraftStore
  title: string
  onSave: () => Promise<ThemeSaveResult>
}) {
  const { store, onSave } = props
  const fields = useStore(store, (s) => s.fields)
  const base = useStore(store, (s) => s.base)
  const edits = useStore(store, (s) => s.edits)
  const saving = useStore(store, (s) => s.saving)
  const status = useStore(store, themeStatusText)
  const [refused, setRefused] = useState<string | null>(null)
  const values = applyEdits(base, edits)

  const onPatch = useCallback(
    (patch: FieldValues) => {
      for (const [key, value] of Object.entries(patch)) {
        const problem = editSetting(store, key, value)
        setRefused(problem)
      }
    },
    [store],
  )
  const save = () => void onSave()
  const onKeyDown = (event: KeyboardEvent) => {
    if (shortcutOf(event) !== 'save') return
    // Ctrl/Cmd+S here saves these settings, not the record's blocks.
    event.preventDefault()
    event.stopPropagation()
    save()
  }

  return (
    <form
      className="theme-form"
      aria-label={props.title}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault()
        save()
      }}
    >
      <div className="theme-form__header">
        <h2 className="theme-form__title">{props.title}</h2>
        <p className="theme-form__status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
      <ThemeConflicts store={store} />
      {refused ? (
        <p className="theme-form__refused" role="alert">
          {refused}
        </p>
      ) : null}
      {fields.length === 0 ? <p className="muted">The backend defines no theme settings.</p> : null}
      <div className="theme-form__fields">
        {fields.map((field) => (
          <ThemeFieldRow
            key={field.key}
            field={field}
            values={values}
            edited={Object.hasOwn(edits, settingKey(field))}
            onPatch={onPatch}
          />
        ))}
      </div>
      <UnknownSettings fields={fields} values={base} />
      <div className="theme-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={saving}
          aria-keyshortcuts="Control+S Meta+S"
        >
          Save theme settings
        </button>
      </div>
    </form>
  )
}
