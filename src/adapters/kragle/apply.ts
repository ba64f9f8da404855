// One flush: Kragle has no version token, so the stack is read again first. If it still equals
// the editor's base, the operations are applied to it; if it changed, they are replayed on what
// Kragle holds now (a rebase) unless a block they touch changed or vanished, which is a conflict
// and nothing is written. The whole `blocks` array is then PUT; Kragle's answer holds no blocks,
// so `put` reads the stack again and that is the new base.
import { applyOperations, deepEqual, findBlock } from '../../core'
import type { Block, BlockTypeSchema, Operation } from '../../core'
import { AdapterError } from '../types'
import type { ApplyContext, ApplyOutcome } from '../types'

export interface StackWriter {
  schema(): Promise<BlockTypeSchema[]>
  read(): Promise<Block[]>
  /** Writes the whole array; resolves with the stack as read back after the write. */
  put(blocks: Block[]): Promise<Block[]>
  generateId(): string
}

/** Ids of the blocks an operation depends on; null when it depends on all of them. */
const touched = (op: Operation): string[] | null => {
  switch (op.op) {
    case 'update':
    case 'remove':
      return [op.blockId]
    case 'insertBefore':
    case 'insertAfter':
      return [op.blockId]
    case 'moveBefore':
    case 'moveAfter':
      return [op.blockId, op.anchorId]
    case 'append':
    case 'prepend':
      return op.parentId === undefined ? [] : [op.parentId]
    case 'replaceAll':
      return null
  }
}

const sameBlock = (a: Block | undefined, b: Block | undefined): boolean =>
  a !== undefined && b !== undefined && a.type === b.type && deepEqual(a.value, b.value)

function checkLocally(
  base: Block[],
  ops: Operation[],
  schema: BlockTypeSchema[],
  generateId: () => string,
) {
  const result = applyOperations(base, ops, { schema, generateId })
  if (!result.ok) {
    throw new AdapterError('validation', result.message, {
      operationIndex: result.index,
      ...(result.blockId === undefined ? {} : { blockId: result.blockId }),
    })
  }
  return result.blocks
}

export async function applyToStack(
  writer: StackWriter,
  ops: Operation[],
  ctx: ApplyContext,
): Promise<ApplyOutcome> {
  const schema = await writer.schema()
  const planned = checkLocally(ctx.base, ops, schema, () => writer.generateId())
  const current = await writer.read()
  let next = planned
  if (!deepEqual(current, ctx.base)) {
    // An earlier attempt of this same flush may have landed with its answer lost.
    if (deepEqual(current, planned)) return { version: null, blocks: current }
    for (const [index, op] of ops.entries()) {
      const ids = touched(op)
      const changed =
        ids === null
          ? !deepEqual(current, ctx.base)
          : ids.some((id) => !sameBlock(findBlock(ctx.base, id), findBlock(current, id)))
      if (changed) {
        throw new AdapterError('conflict', 'The stack changed in Kragle since it was loaded.', {
          operationIndex: index,
        })
      }
    }
    const rebased = applyOperations(current, ops, { schema, generateId: () => writer.generateId() })
    if (!rebased.ok) {
      throw new AdapterError('conflict', rebased.message, { operationIndex: rebased.index })
    }
    next = rebased.blocks
  }
  return { version: null, blocks: await writer.put(next) }
}
