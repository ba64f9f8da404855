// The form of theme settings: one control per schema field (the block-field controls; colours
// with a picker and checked as typed), a Clear button beside each set value (clearing sends
// `unset`), what applies to each one not set (inherited from the site on a page), the conflicts to resolve and the changes the
// backend refused, and a role=status line. Changes save by themselves, like blocks (the same
// engine); Ctrl/Cmd+S anywhere inside the form saves at once.
import { useCallback, useMemo, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { FieldSchema, FieldValues } from '../../core'
import { EditorStoreProvider, useEditorStore } from '../../store'
import type { EditorStoreApi } from '../../store'
import { editedKeys, settingKey, THEME_BLOCK_ID, themeValues } from '../../sync'
import type { FlushNowResult } from '../../sync'
import { OrphanRejections } from '../save-status/RejectedChanges'
import { statusText } from '../save-status/status-text'
import { shortcutOf } from '../shared/keyboard'
import { ThemeConflicts } from './ThemeConflicts'
import { ThemeFieldRow } from './ThemeFieldRow'
import { settingNote } from './setting-note'
import type { SettingContext } from './use-setting-context'
import { UnknownSettings } from './UnknownSettings'

export interface ThemeSettingsFormProps {
  store: EditorStoreApi
  fields: FieldSchema[]
  title: string
  saveNow: () => Promise<FlushNowResult>
  /** Whether values can be read, and the site's settings a page inherits. */
  context?: SettingContext
}

const NO_CONTEXT: SettingContext = { valuesUnknown: false, site: null }

export function ThemeSettingsForm(props: ThemeSettingsFormProps) {
  return (
    <EditorStoreProvider store={props.store}>
      <ThemeForm {...props} />
    </EditorStoreProvider>
  )
}

/** What the form shows: a cleared setting is not set, whether or not its unset is saved yet. */
function shownValues(values: FieldValues): FieldValues {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined))
}

function ThemeForm({
  store,
  fields,
  title,
  saveNow,
  context = NO_CONTEXT,
}: ThemeSettingsFormProps) {
  const base = useEditorStore((s) => themeValues(s.base))
  const view = useEditorStore((s) => themeValues(s.view))
  const status = useEditorStore((s) => s.status)
  const message = useEditorStore((s) => s.statusMessage)
  const [refused, setRefused] = useState<string | null>(null)
  const values = useMemo(() => shownValues(view), [view])
  const edited = useMemo(() => editedKeys(base, view), [base, view])
  const notes = useMemo(
    () => new Map(fields.map((field) => [field.key, settingNote(field, context)])),
    [fields, context],
  )
  // A setting is one change, however many edits it took.
  const text = statusText(status, message, edited.size)

  const onPatch = useCallback(
    (patch: FieldValues) => {
      const failure = store
        .getState()
        .dispatch([{ op: 'update', blockId: THEME_BLOCK_ID, value: patch }], 'Edit theme setting')
      setRefused(failure ? failure.message : null)
    },
    [store],
  )
  const onKeyDown = (event: KeyboardEvent) => {
    if (shortcutOf(event) !== 'save') return
    // Ctrl/Cmd+S here saves these settings, not the record's blocks.
    event.preventDefault()
    event.stopPropagation()
    void saveNow()
  }

  return (
    <form
      className="theme-form"
      aria-label={title}
      onKeyDown={onKeyDown}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="theme-form__header">
        <h2 className="theme-form__title">{title}</h2>
        <p className="theme-form__status" role="status" aria-live="polite">
          {text.label}
        </p>
      </div>
      {text.detail && status !== 'rejected' ? (
        <p className="theme-form__detail muted">{text.detail}</p>
      ) : null}
      <ThemeConflicts fields={fields} />
      <OrphanRejections />
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
            edited={edited.has(settingKey(field))}
            note={notes.get(field.key) ?? settingNote(field, context)}
            onPatch={onPatch}
          />
        ))}
      </div>
      <UnknownSettings fields={fields} values={base} />
      <p className="muted theme-form__hint">
        Changes are saved as you make them (Ctrl+S saves at once).
      </p>
    </form>
  )
}
