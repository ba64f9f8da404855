// Status, conflicts and errors: what the save indicator and the conflict/error banners show,
// and the rebase that turns someone else's change into conflicts the user resolves.
import { rebase } from '../core'
import type { Block, RebaseConflict } from '../core'
import { commitEdit } from './commit-edit'
import { recordEdit } from './history-slice'
import { replayKeeping } from './replay'
import type { SliceApi } from './slice-api'
import { localId } from './slice-api'
import type {
  BlockConflict,
  EditorState,
  EditorStoreState,
  EditorSyncState,
  RejectedChange,
} from './types'

export type SyncSlice = Pick<EditorState, 'status' | 'statusMessage' | 'conflicts' | 'errors'> &
  Pick<EditorSyncState, 'syncIssue' | 'conflictOps'> &
  Pick<EditorStoreState, 'rebaseOnto' | 'resolveConflict' | 'dismissError' | 'setSyncIssue'>

const MESSAGES: Record<RebaseConflict['kind'], string> = {
  removed: 'Someone else removed this block; your change could not be applied.',
  'field-changed': 'Someone else changed the same field.',
  'anchor-removed': 'The block you placed this next to was removed by someone else.',
  invalid: 'Your change no longer applies to the latest version.',
}

export function toConflict(c: RebaseConflict): BlockConflict {
  const message =
    c.kind === 'field-changed' && c.fields.length > 0
      ? `Someone else changed ${c.fields.join(', ')}.`
      : MESSAGES[c.kind]
  return {
    id: localId('conflict'),
    blockId: c.blockId,
    kind: c.kind,
    message,
    fields: c.fields,
    mine: c.mine,
    theirs: c.theirs,
  }
}

function rebaseHeld(
  rejected: readonly RejectedChange[],
  oldBase: readonly Block[],
  newBase: readonly Block[],
): { kept: RejectedChange[]; conflicts: RebaseConflict[] } {
  const kept: RejectedChange[] = []
  const conflicts: RebaseConflict[] = []
  for (const r of rejected) {
    const result = rebase(oldBase, newBase, [r.op])
    conflicts.push(...result.conflicts)
    const [op] = result.ops
    if (op && result.conflicts.length === 0) kept.push({ ...r, op })
  }
  return { kept, conflicts }
}

export function createSyncSlice(api: SliceApi): SyncSlice {
  return {
    status: 'saved',
    statusMessage: null,
    conflicts: [],
    errors: [],
    syncIssue: null,
    conflictOps: {},

    rebaseOnto(document) {
      api.change((s) => {
        // Refused changes are rebased one by one so each stays held (or becomes a conflict).
        const held = rebaseHeld(s.rejected, s.base, document.blocks)
        const { ops, conflicts } = rebase(s.base, document.blocks, [...s.inFlight, ...s.pending])
        // rebase promises ops that apply; the guard keeps the view valid if that ever slips.
        const shown = replayKeeping(
          document.blocks,
          held.kept.map((r) => r.op),
          s.schema,
        )
        const replay = replayKeeping(shown.blocks, ops, s.schema)
        const fresh = [...held.conflicts, ...conflicts].map((c) => ({
          conflict: toConflict(c),
          keepMine: c.keepMine,
        }))
        const slipped = replay.dropped.map((d) =>
          toConflict({
            opIndex: -1,
            op: d.op,
            blockId: d.failure.blockId ?? '',
            kind: 'invalid',
            fields: [],
            mine: {},
            theirs: {},
            keepMine: [],
          }),
        )
        const conflictOps = { ...s.conflictOps }
        for (const f of fresh) conflictOps[f.conflict.id] = f.keepMine
        return {
          base: document.blocks,
          version: document.version,
          needsReload: false,
          inFlight: [],
          inFlightPlan: [],
          pending: replay.kept,
          view: replay.blocks,
          rejected: held.kept.filter((r) => !shown.dropped.some((d) => d.op === r.op)),
          conflicts: [...s.conflicts, ...fresh.map((f) => f.conflict), ...slipped],
          conflictOps,
        }
      })
    },

    resolveConflict(conflictId, choice) {
      const keepMine = api.get().conflictOps[conflictId] ?? []
      api.change((s) => {
        const { [conflictId]: _done, ...conflictOps } = s.conflictOps
        return { conflicts: s.conflicts.filter((c) => c.id !== conflictId), conflictOps }
      })
      if (choice === 'theirs' || keepMine.length === 0) return
      const failure = commitEdit(api, keepMine, recordEdit('Keep my change', api.deps.now()))
      if (failure) {
        api.change((s) => ({
          errors: [
            ...s.errors,
            { id: localId('error'), blockId: failure.blockId ?? null, message: failure.message },
          ],
        }))
      }
    },

    dismissError(errorId) {
      api.change((s) => ({ errors: s.errors.filter((e) => e.id !== errorId) }))
    },

    setSyncIssue(issue) {
      api.change(() => ({ syncIssue: issue }))
    },
  }
}
