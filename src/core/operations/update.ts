// update: merges `value` shallowly into the block's value; other fields stay untouched.
import type { Operation } from '../types'
import { checkFields } from './schema-check'
import { fail, missing, type OpContext, type OpError } from './context'

type UpdateOp = Extract<Operation, { op: 'update' }>

export function applyUpdate(ctx: OpContext, op: UpdateOp): OpError | undefined {
  const block = ctx.draft.get(op.blockId)
  if (!block) return missing(ctx, op.op, op.blockId)
  if (ctx.options.schema) {
    const problem = checkFields(ctx.options.schema, block.type, Object.keys(op.value))
    if (problem) return fail(ctx, op.op, problem.reason, problem.detail, op.blockId)
  }
  ctx.draft.updateValue(op.blockId, op.value)
  return undefined
}
