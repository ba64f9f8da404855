// The operations of the other selection gestures: duplicate, paste and remove several blocks.
import type { Block, Operation } from '../types'
import { actionableIds } from './move-selection'

/** Inserts `copies[i]` right after `ids[i]` (one insert per block). */
export function duplicateOps(ids: readonly string[], copies: readonly Block[]): Operation[] {
  return ids.flatMap((id, i) => {
    const block = copies[i]
    return block ? [{ op: 'insertAfter' as const, blockId: id, block }] : []
  })
}

/** Inserts the blocks in order at a place: the first there, each next after the previous. */
export function insertChainOps(first: Operation, firstId: string, rest: Block[]): Operation[] {
  const ops: Operation[] = [first]
  let previous = firstId
  for (const block of rest) {
    ops.push({ op: 'insertAfter', blockId: previous, block })
    previous = block.id
  }
  return ops
}

export function removeOps(blocks: readonly Block[], selected: readonly string[]): Operation[] {
  return actionableIds(blocks, selected).map((blockId) => ({ op: 'remove', blockId }))
}
