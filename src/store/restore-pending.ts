// Restoring a previous session's unsaved operations onto a freshly loaded record. The stored
// operations may already have landed (the tab died after the backend applied a flush but before
// the outbox was cleared), so whatever the fresh record already holds is dropped, never re-sent.
import { applyOperations, deepEqual, findBlock, planFlush, rebase } from '../core'
import type { Block, NewBlock, Operation, RebaseConflict } from '../core'
import { replayKeeping } from './replay'
import type { SliceApi } from './slice-api'
import { toConflict } from './sync-slice'
import type { EditorStoreState, SavedQueue } from './types'

export type RestoreSlice = Pick<EditorStoreState, 'restoredCount' | 'restorePending'>

function blockIds(block: NewBlock): NewBlock[] {
  return [block, ...(block.children ?? []).flatMap(blockIds)]
}

/** An insert whose every block is already in the fresh record, as inserted or as edited later. */
function landedInsert(c: RebaseConflict, fresh: readonly Block[], mine: readonly Block[]): boolean {
  if (c.kind !== 'invalid' || !('block' in c.op)) return false
  return blockIds(c.op.block).every((inserted) => {
    if (inserted.id === undefined) return false
    const there = findBlock(fresh, inserted.id)
    if (!there || there.type !== inserted.type) return false
    const final = findBlock(mine, inserted.id)
    return deepEqual(there.value, inserted.value) || deepEqual(there.value, final?.value)
  })
}

/** The base and operations to rebase: when the flush in flight landed exactly, skip it. */
function startingPoint(saved: SavedQueue, fresh: readonly Block[]) {
  // Refused changes come back as edits: sent again, they are held again if still refused.
  const later = [...(saved.rejected ?? []), ...saved.pending]
  const all = [...saved.inFlight, ...later]
  if (saved.inFlightPlan.length === 0) return { oldBase: saved.base, ops: all }
  const landed = applyOperations(saved.base, saved.inFlightPlan)
  if (landed.ok && deepEqual(landed.blocks, fresh)) {
    return { oldBase: landed.blocks, ops: later }
  }
  return { oldBase: saved.base, ops: all }
}

export function createRestoreSlice(api: SliceApi): RestoreSlice {
  return {
    restoredCount: 0,

    restorePending(saved) {
      const s = api.get()
      const { oldBase, ops } = startingPoint(saved, s.base)
      if (ops.length === 0) return 0
      const mine = applyOperations(oldBase, ops)
      // One operation per block with its final values: intermediate typing steps that already
      // landed would otherwise look like someone else's change to the same field.
      const planned: Operation[] = mine.ok ? planFlush(oldBase, ops) : ops
      const result = rebase(oldBase, s.base, planned)
      const mineBlocks = mine.ok ? mine.blocks : oldBase
      const conflicts = result.conflicts.filter((c) => !landedInsert(c, s.base, mineBlocks))
      const replay = replayKeeping(s.view, result.ops, s.schema)
      const fresh = conflicts.map((c) => ({ conflict: toConflict(c), keepMine: c.keepMine }))
      const conflictOps = { ...s.conflictOps }
      for (const f of fresh) conflictOps[f.conflict.id] = f.keepMine
      const count = replay.kept.length + fresh.length
      if (count === 0) return 0
      api.change((state) => ({
        pending: [...state.pending, ...replay.kept],
        view: replay.blocks,
        editCount: state.editCount + (replay.kept.length > 0 ? 1 : 0),
        conflicts: [...state.conflicts, ...fresh.map((f) => f.conflict)],
        conflictOps,
        restoredCount: state.restoredCount + count,
      }))
      return count
    },
  }
}
