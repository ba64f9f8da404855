// remove: deletes a block together with its children.
import type { Operation } from '../types'
import { missing, type OpContext, type OpError } from './context'

type RemoveOp = Extract<Operation, { op: 'remove' }>

export function applyRemove(ctx: OpContext, op: RemoveOp): OpError | undefined {
  if (!ctx.draft.has(op.blockId)) return missing(ctx, op.op, op.blockId)
  ctx.draft.detach(op.blockId)
  return undefined
}
