// append / prepend: a new block at the end / start of the top level, or of `parentId`'s children
// (the children list is created when the parent has none).
import type { Operation } from '../types'
import { materialize, missing, OpError, type OpContext } from './context'

type AppendOp = Extract<Operation, { op: 'append' | 'prepend' }>

export function applyAppend(ctx: OpContext, op: AppendOp): OpError | string {
  const { draft } = ctx
  const parentId = op.parentId ?? null
  const siblings = draft.siblings(parentId)
  if (!siblings) return missing(ctx, op.op, parentId as string)
  const block = materialize(ctx, op.op, op.block, (id) => draft.has(id))
  if (block instanceof OpError) return block
  draft.insert(parentId, op.op === 'append' ? siblings.length : 0, block)
  return block.id
}
