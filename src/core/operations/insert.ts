// insertBefore / insertAfter: a new block next to `blockId`, in that block's container.
import type { Operation } from '../types'
import { materialize, missing, OpError, type OpContext } from './context'

type InsertOp = Extract<Operation, { op: 'insertBefore' | 'insertAfter' }>

export function applyInsert(ctx: OpContext, op: InsertOp): OpError | string {
  const { draft } = ctx
  const parentId = draft.parentOf(op.blockId)
  if (parentId === undefined) return missing(ctx, op.op, op.blockId)
  const block = materialize(ctx, op.op, op.block, (id) => draft.has(id))
  if (block instanceof OpError) return block
  const index = draft.indexOf(op.blockId) + (op.op === 'insertAfter' ? 1 : 0)
  draft.insert(parentId, index, block)
  return block.id
}
