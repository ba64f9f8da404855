// Before anything is sent after an ambiguous failure, the record is read again and the write that
// may have landed is settled: confirmed, resent, split, or rebased (see unconfirmed-write.ts).
import type { AdapterContext } from '../../adapters/types'
import { deepEqual, findBlock } from '../../core'
import type { Block, NewBlock, Operation } from '../../core'
import type { EditorStoreApi } from '../../store'
import type { SyncedSource } from '../synced-source'
import { judgeUnconfirmedWrite } from './unconfirmed-write'
import type { WriteVerdict } from './unconfirmed-write'

/** Whether the store holds a write whose fate is unknown (kept in flight until settled). */
export function hasUnconfirmedWrite(store: EditorStoreApi): boolean {
  return store.getState().inFlight.length > 0
}

export async function settleUnconfirmed(
  adapter: SyncedSource,
  store: EditorStoreApi,
  ctx: AdapterContext,
): Promise<WriteVerdict> {
  const before = store.getState()
  const document = await adapter.loadRecord(before.ref, { ...ctx, fresh: true })
  const state = store.getState()
  const verdict = judgeUnconfirmedWrite(
    { base: state.base, plan: state.inFlightPlan },
    document.blocks,
  )
  switch (verdict.kind) {
    case 'landed':
      state.flushSucceeded({ version: document.version, blocks: document.blocks })
      break
    case 'partly':
      state.flushPartlyApplied(verdict.appliedCount)
      break
    case 'not-landed':
      // Same content; a moved version token means the next write must carry the new one.
      if (document.version === state.version) state.flushFailed()
      else state.rebaseOnto(document)
      break
    case 'changed-elsewhere':
      // Someone else wrote too, so what of ours landed cannot be told apart: replay intent on
      // their version. Replayed updates set the same values again; an insert or removal that
      // already landed becomes a conflict on its block, never a second copy.
      state.rebaseOnto(document)
      dropLandedInserts(store, state.inFlightPlan, document.blocks)
      break
  }
  return verdict
}

function insertedBlocks(plan: readonly Operation[]): NewBlock[] {
  const out: NewBlock[] = []
  const walk = (block: NewBlock) => {
    out.push(block)
    for (const child of block.children ?? []) walk(child)
  }
  for (const op of plan) if ('block' in op) walk(op.block)
  return out
}

/**
 * An insert of ours that is already in the re-read record (same id, type and values) landed:
 * the rebase reports it as a change that no longer applies, which it is not. Its conflict is
 * dropped, so the user is not asked about their own block.
 */
function dropLandedInserts(
  store: EditorStoreApi,
  plan: readonly Operation[],
  reread: readonly Block[],
): void {
  const landed = new Set(
    insertedBlocks(plan)
      .filter((block) => {
        if (block.id === undefined) return false
        const there = findBlock(reread, block.id)
        return there?.type === block.type && deepEqual(there.value, block.value ?? {})
      })
      .map((block) => block.id),
  )
  for (const conflict of store.getState().conflicts) {
    if (conflict.kind === 'invalid' && landed.has(conflict.blockId)) {
      store.getState().resolveConflict(conflict.id, 'theirs')
    }
  }
}
