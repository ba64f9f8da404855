// Replaying queued operations on a base the store did not expect (after a 422 or a rebase):
// keep every operation that still applies, in order, and report the ones that no longer do.
import { applyOperations } from '../core'
import type { ApplyFailure, Block, BlockTypeSchema, Operation } from '../core'

export interface Replayed {
  blocks: Block[]
  kept: Operation[]
  dropped: { op: Operation; failure: ApplyFailure }[]
}

export function replayKeeping(
  base: Block[],
  ops: readonly Operation[],
  schema: readonly BlockTypeSchema[],
): Replayed {
  // The common case costs one pass; the one-by-one fallback only runs when something fails.
  const all = applyOperations(base, [...ops], { schema })
  if (all.ok) return { blocks: all.blocks, kept: [...ops], dropped: [] }
  let blocks = base
  const kept: Operation[] = []
  const dropped: Replayed['dropped'] = []
  for (const op of ops) {
    const result = applyOperations(blocks, [op], { schema })
    if (result.ok) {
      blocks = result.blocks
      kept.push(op)
    } else {
      dropped.push({ op, failure: result })
    }
  }
  return { blocks, kept, dropped }
}
