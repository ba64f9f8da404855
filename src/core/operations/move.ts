// moveBefore / moveAfter: puts `blockId` next to `anchorId`, in the anchor's container, which may
// be another container than the block's own (but never inside the block itself).
import type { Operation } from '../types'
import { fail, missing, type OpContext, type OpError } from './context'

type MoveOp = Extract<Operation, { op: 'moveBefore' | 'moveAfter' }>

export function applyMove(ctx: OpContext, op: MoveOp): OpError | undefined {
  const { draft } = ctx
  if (!draft.has(op.blockId)) return missing(ctx, op.op, op.blockId)
  const parentId = draft.parentOf(op.anchorId)
  if (parentId === undefined) return missing(ctx, op.op, op.anchorId)
  if (draft.isWithin(op.anchorId, op.blockId)) {
    const where = op.anchorId === op.blockId ? 'itself' : `"${op.anchorId}", which is inside it`
    return fail(
      ctx,
      op.op,
      'move-into-self',
      `block "${op.blockId}" cannot move next to ${where}.`,
      op.blockId,
    )
  }
  const block = draft.detach(op.blockId, true)
  const index = draft.indexOf(op.anchorId) + (op.op === 'moveAfter' ? 1 : 0)
  draft.attach(parentId, index, block)
  return undefined
}
