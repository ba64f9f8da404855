// The save status is derived from the queues, conflicts and the last sync issue, never stored
// independently, so it cannot drift from what is actually pending.
import type { EditorState, SyncIssue } from './types'

type StatusInput = Pick<EditorState, 'pending' | 'inFlight' | 'conflicts' | 'rejected'> & {
  syncIssue: SyncIssue | null
}

export function deriveStatus(state: StatusInput): Pick<EditorState, 'status' | 'statusMessage'> {
  const conflicts = state.conflicts.length
  if (conflicts > 0) {
    const noun = conflicts === 1 ? 'conflict needs' : 'conflicts need'
    return { status: 'conflict', statusMessage: `${conflicts} ${noun} your decision` }
  }
  const unsaved = state.pending.length + state.inFlight.length + state.rejected.length
  if (state.syncIssue) {
    if (unsaved === 0 && state.syncIssue.kind === 'offline') {
      return { status: 'saved', statusMessage: null }
    }
    return { status: state.syncIssue.kind, statusMessage: state.syncIssue.message }
  }
  // Never "Saved" (nor only "Saving…") while the backend holds a refusal the user has to answer.
  const refused = state.rejected[0]
  if (refused) return { status: 'rejected', statusMessage: refused.message }
  if (state.inFlight.length > 0) return { status: 'saving', statusMessage: 'Saving…' }
  if (unsaved > 0) {
    return {
      status: 'unsaved',
      statusMessage: `${unsaved} unsaved ${unsaved === 1 ? 'change' : 'changes'}`,
    }
  }
  return { status: 'saved', statusMessage: null }
}
