// Whether one user saves automatically or only on demand on one backend, kept in the browser's
// storage. Only backends without drafts offer the choice (there a save goes live); elsewhere
// saving is always automatic.
import type { SaveMode } from '../../sync'

export function saveModeKey(backend: string, userId: string): string {
  return `block-editor:save-mode:${backend}:${userId}`
}

type Store = Pick<Storage, 'getItem' | 'setItem'>

/** The stored choice; anything unreadable (or storage refused) means the default, autosave. */
export function readSaveMode(storage: Store | undefined, key: string): SaveMode {
  try {
    return storage?.getItem(key) === 'manual' ? 'manual' : 'auto'
  } catch {
    return 'auto'
  }
}

export function writeSaveMode(storage: Store | undefined, key: string, mode: SaveMode): void {
  try {
    storage?.setItem(key, mode)
  } catch {
    // Private mode or a full quota: the choice holds for this page only.
  }
}
