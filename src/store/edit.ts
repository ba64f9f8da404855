// One optimistic edit: give inserted blocks ids, validate and apply against the view, and
// compute the inverse for undo. Pure, so dispatch, undo, redo and "keep mine" share it.
import { applyOperations, invert } from '../core'
import type { ApplyFailure, Block, BlockTypeSchema, Operation } from '../core'
import { assignIds } from './assign-ids'

export interface PreparedEdit {
  ok: true
  ops: Operation[]
  view: Block[]
  inverse: Operation[]
}

export function prepareEdit(
  view: Block[],
  schema: readonly BlockTypeSchema[],
  ops: readonly Operation[],
  generateId: () => string,
): PreparedEdit | ApplyFailure {
  if (ops.length === 0) {
    return { ok: false, index: 0, reason: 'invalid-operation', message: 'No operations to apply' }
  }
  const withIds = assignIds(ops, generateId)
  const result = applyOperations(view, withIds, { schema, generateId })
  if (!result.ok) return result
  return { ok: true, ops: withIds, view: result.blocks, inverse: invert(view, withIds) }
}

/** Appends to the queue, folding an update into a preceding update of the same block. */
export function enqueue(pending: readonly Operation[], ops: readonly Operation[]): Operation[] {
  const queue = [...pending]
  for (const op of ops) {
    const last = queue[queue.length - 1]
    if (op.op === 'update' && last?.op === 'update' && last.blockId === op.blockId) {
      // Two shallow merges into one block equal one merge of both values.
      queue[queue.length - 1] = { ...last, value: { ...last.value, ...op.value } }
    } else {
      queue.push(op)
    }
  }
  return queue
}

/** Whether the ops may have removed blocks (then the selection needs checking). */
export function mayRemove(ops: readonly Operation[]): boolean {
  return ops.some((op) => op.op === 'remove' || op.op === 'replaceAll')
}
