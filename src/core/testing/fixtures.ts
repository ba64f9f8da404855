// Small builders for hand-written core tests.
import { applyOperations } from '../apply-operations'
import type { ApplyFailure, Block, FieldValues, Operation } from '../types'

export function blk(id: string, value: FieldValues = {}, children?: Block[]): Block {
  return children ? { id, type: 'group', value, children } : { id, type: 'text', value }
}

/** Applies and returns the blocks, failing the test with the message when it does not apply. */
export function applied(blocks: readonly Block[], ops: readonly Operation[]): Block[] {
  const result = applyOperations(blocks, ops)
  if (!result.ok) throw new Error(result.message)
  return result.blocks
}

/** Applies and returns the failure, throwing when the operations unexpectedly apply. */
export function failure(blocks: readonly Block[], ops: readonly unknown[]): ApplyFailure {
  const result = applyOperations(blocks, ops as Operation[])
  if (result.ok) throw new Error('expected the operations to fail')
  return result
}

/** The ids of a document as a nested outline, e.g. ['a', ['b', ['c']]] → easy to assert on. */
export function outline(blocks: readonly Block[]): unknown[] {
  return blocks.map((block) => (block.children ? [block.id, outline(block.children)] : block.id))
}

/** A sample document: a, g1 [c1, c2], b */
export function sampleDoc(): Block[] {
  return [
    blk('a', { title: 'A' }),
    { id: 'g1', type: 'group', value: { title: 'G' }, children: [blk('c1', { n: 1 }), blk('c2')] },
    blk('b', { title: 'B', count: 2 }),
  ]
}
