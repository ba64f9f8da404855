// Acting on the saved draft (publish, restore, copy) needs everything saved first. One path for
// every such action: ask the engine to flush now, await its result, and go on only when the
// store says nothing is left; otherwise refuse with the reason the user sees in the status.
import type { EditorStoreApi, EditorStoreState } from '../store'
import type { FlushNowResult } from './flush-scheduler'

export class NotSavedError extends Error {
  constructor(reason: string) {
    super(`Your changes could not be saved first (${reason}); nothing was published or changed.`)
    this.name = 'NotSavedError'
  }
}

const settled = (s: EditorStoreState) =>
  s.pending.length === 0 &&
  s.inFlight.length === 0 &&
  s.rejected.length === 0 &&
  s.conflicts.length === 0

/** Edits made while a flush runs are sent by the next one; a few rounds cover a busy typist. */
const ROUNDS = 3

function reasonOf(s: EditorStoreState, result: FlushNowResult | null): string {
  if (s.conflicts.length > 0) return 'a conflict needs your decision'
  if (s.rejected.length > 0) return s.rejected[0]?.message ?? 'the backend refused a change'
  if (result?.kind === 'offline') return 'no connection'
  return s.statusMessage ?? result?.kind ?? 'unknown'
}

/** Saves everything unsaved and resolves with the saved version, or rejects with NotSavedError. */
export async function saveEverything(
  store: EditorStoreApi,
  flushNow: () => Promise<FlushNowResult>,
): Promise<string | null> {
  let result: FlushNowResult | null = null
  for (let round = 0; round < ROUNDS; round += 1) {
    const s = store.getState()
    if (settled(s)) return s.version
    if (s.conflicts.length > 0 || s.rejected.length > 0) break
    result = await flushNow()
    if (result.kind !== 'saved' && result.kind !== 'idle' && result.kind !== 'rejected') break
  }
  const s = store.getState()
  if (settled(s)) return s.version
  throw new NotSavedError(reasonOf(s, result))
}
