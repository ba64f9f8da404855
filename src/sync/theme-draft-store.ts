// One theme-settings form's state (a Zustand vanilla store) and its save: edits are kept over the
// values last read and sent as {set, unset} guarded by ifUpdatedAt; a 409 re-reads, replays the
// edits on the newer values and resends, and a key changed on both sides becomes a conflict.
import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { FieldSchema, FieldValues } from '../core'
import { AdapterError } from '../adapters/types'
import type { ThemeScope, ThemeSettings, ThemeSettingsApi } from '../adapters/types'
import {
  changeOf,
  editFor,
  isEmptyChange,
  normalizeEdits,
  pruneSent,
  rebaseEdits,
  settingKeys,
} from './theme-draft'
import type { ThemeConflict, ThemeEdits } from './theme-draft'

export interface ThemeDraftState {
  fields: FieldSchema[]
  /** The values last read from or confirmed by the backend, and their version. */
  base: FieldValues
  version: string | null
  edits: ThemeEdits
  conflicts: ThemeConflict[]
  saving: boolean
  error: string | null
}

export type ThemeDraftStore = StoreApi<ThemeDraftState>

export function createThemeDraftStore(
  fields: FieldSchema[],
  settings: ThemeSettings,
): ThemeDraftStore {
  return createStore<ThemeDraftState>(() => ({
    fields,
    base: settings.values,
    version: settings.version,
    edits: {},
    conflicts: [],
    saving: false,
    error: null,
  }))
}

/** Sets (or, with an empty value, clears) one setting; returns a message when it is refused. */
export function editSetting(store: ThemeDraftStore, key: string, value: unknown): string | null {
  const state = store.getState()
  if (!settingKeys(state.fields).has(key)) return `“${key}” is not a theme setting.`
  const edit = editFor(state.base, key, value)
  const edits = { ...state.edits }
  if (edit) edits[key] = edit
  else delete edits[key]
  // A new edit of a conflicting key is the user's answer to that conflict.
  store.setState({ edits, conflicts: state.conflicts.filter((c) => c.key !== key), error: null })
  return null
}

export function resolveThemeConflict(
  store: ThemeDraftStore,
  key: string,
  choice: 'mine' | 'theirs',
): void {
  const state = store.getState()
  const conflict = state.conflicts.find((c) => c.key === key)
  if (!conflict) return
  const conflicts = state.conflicts.filter((c) => c !== conflict)
  const edits = { ...state.edits }
  if (choice === 'mine') edits[key] = conflict.mine
  else delete edits[key]
  store.setState({ conflicts, edits: normalizeEdits(state.base, edits) })
}

export type ThemeSaveResult = 'saved' | 'nothing' | 'busy' | 'failed'

const MAX_ATTEMPTS = 3

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'The theme settings could not be saved.'
}

export async function saveThemeDraft(
  store: ThemeDraftStore,
  api: ThemeSettingsApi,
  scope: ThemeScope,
): Promise<ThemeSaveResult> {
  if (store.getState().saving) return 'busy'
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const state = store.getState()
    const change = changeOf(state.edits, settingKeys(state.fields))
    if (isEmptyChange(change)) {
      store.setState({ saving: false })
      return attempt === 0 ? 'nothing' : 'saved'
    }
    const sent = state.edits
    store.setState({ saving: true, error: null })
    try {
      const saved = await api.save(scope, change, { version: state.version })
      store.setState((s) => ({
        base: saved.values,
        version: saved.version,
        edits: pruneSent(s.edits, sent, saved.values),
        saving: false,
      }))
      return 'saved'
    } catch (error) {
      if (!(error instanceof AdapterError) || error.kind !== 'conflict') {
        store.setState({ saving: false, error: messageOf(error) })
        return 'failed'
      }
    }
    try {
      const latest = await api.load(scope)
      store.setState((s) => {
        const rebased = rebaseEdits(s.base, latest.values, s.edits)
        const others = s.conflicts.filter((c) => !rebased.conflicts.some((n) => n.key === c.key))
        return {
          base: latest.values,
          version: latest.version,
          edits: rebased.edits,
          conflicts: [...others, ...rebased.conflicts],
        }
      })
    } catch (error) {
      store.setState({ saving: false, error: messageOf(error) })
      return 'failed'
    }
  }
  store.setState({
    saving: false,
    error: 'The theme settings keep changing elsewhere; try saving again.',
  })
  return 'failed'
}

/** The one-line state of the form, as its role=status line shows it. */
export function themeStatusText(state: ThemeDraftState): string {
  if (state.saving) return 'Saving…'
  if (state.conflicts.length > 0) return 'Conflict'
  if (state.error) return `Error: ${state.error}`
  const count = Object.keys(state.edits).length
  if (count === 0) return 'Saved'
  return count === 1 ? '1 unsaved change' : `${count} unsaved changes`
}
