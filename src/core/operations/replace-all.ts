// replaceAll: replaces the whole top level with the given blocks (ids unique among themselves).
import type { Block, Operation } from '../types'
import { materialize, OpError, type OpContext } from './context'

type ReplaceAllOp = Extract<Operation, { op: 'replaceAll' }>

export function applyReplaceAll(ctx: OpContext, op: ReplaceAllOp): OpError | undefined {
  const used = new Set<string>()
  const blocks: Block[] = []
  for (const input of op.blocks) {
    const block = materialize(ctx, op.op, input, (id) => used.has(id))
    if (block instanceof OpError) return block
    const stack: Block[] = [block]
    while (stack.length > 0) {
      const current = stack.pop() as Block
      used.add(current.id)
      if (current.children) stack.push(...current.children)
    }
    blocks.push(block)
  }
  ctx.draft.replaceAll(blocks)
  return undefined
}
