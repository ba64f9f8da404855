// The words of the save indicator. Short and stable ("Saved", "Saving…", "3 unsaved changes",
// "3 changes waiting for Save" when saving on demand,
// "Offline — 2 changes kept on this device", "1 change not saved", "Conflict") so users and tests can rely on them;
// details go in a separate line.
import type { SaveStatus } from '../../store'

export interface StatusText {
  label: string
  detail: string | null
}

export function statusText(
  status: SaveStatus,
  message: string | null,
  unsavedCount: number,
  /** Saving only on demand: unsaved changes wait for the Save button. */
  onDemand = false,
): StatusText {
  switch (status) {
    case 'saved':
      return { label: 'Saved', detail: null }
    case 'saving':
      return { label: 'Saving…', detail: null }
    case 'unsaved': {
      const n = Math.max(unsavedCount, 1)
      const changes = n === 1 ? 'change' : 'changes'
      if (onDemand) return { label: `${n} ${changes} waiting for Save`, detail: null }
      return { label: `${n} unsaved ${changes}`, detail: null }
    }
    case 'offline': {
      // The count is in the label (role=status), so screen readers hear what is at stake.
      const kept =
        unsavedCount > 0
          ? ` — ${unsavedCount} ${unsavedCount === 1 ? 'change' : 'changes'} kept on this device`
          : ''
      return {
        label: `Offline${kept}`,
        detail: message ?? 'Changes are kept and sent when back online.',
      }
    }
    case 'conflict':
      return { label: 'Conflict', detail: message }
    case 'error':
      return { label: 'Error: not saved', detail: message }
    case 'rejected': {
      // How many changes are not saved, refused ones and those waiting alike.
      const n = Math.max(unsavedCount, 1)
      return { label: `${n} ${n === 1 ? 'change' : 'changes'} not saved`, detail: message }
    }
  }
}
