// The checks before anything is written. Locally: every operation must be valid for the core and
// for Tines (groups only at the top level, only groups hold blocks, titles never empty, a block
// never changes type). Against a fresh listing: Tines has no concurrency guard, so the blocks
// about to change must still be as the editor last saw them.
import { applyOperations, deepEqual, findBlock, locateBlock, walkBlocks } from '../../core'
import type { Block, BlockTypeSchema, Operation } from '../../core/types'
import { AdapterError } from '../types'
import { CREATABLE_TYPES } from './block-types'

function tinesProblem(before: Block[], after: Block[]): { id: string; message: string } | null {
  let problem: { id: string; message: string } | null = null
  walkBlocks(after, (block, parentId) => {
    if (problem) return
    const title = block.value.title
    if (typeof title !== 'string' || title.trim() === '') {
      problem = { id: block.id, message: 'Tines needs a title on every block.' }
    } else if (block.type === 'block_group' && parentId !== null) {
      problem = { id: block.id, message: 'A block group cannot be nested in another group.' }
    } else if (block.type !== 'block_group' && (block.children?.length ?? 0) > 0) {
      problem = { id: block.id, message: `A ${block.type} block cannot hold other blocks.` }
    } else {
      const old = findBlock(before, block.id)
      if (old && old.type !== block.type) {
        problem = { id: block.id, message: 'Tines cannot change the type of an existing block.' }
      } else if (!old && !CREATABLE_TYPES.includes(block.type)) {
        problem = {
          id: block.id,
          message:
            `Tines' API does not describe how to create a ${block.type} block; ` +
            'only notes, html notes and block groups can be added.',
        }
      }
    }
  })
  return problem
}

/** The document after each operation; a 'validation' error names the first invalid one. */
export function planLocally(
  base: Block[],
  ops: readonly Operation[],
  schema: readonly BlockTypeSchema[],
): Block[] {
  let doc = base
  ops.forEach((op, index) => {
    const result = applyOperations(doc, [op], { schema })
    const problem = result.ok
      ? tinesProblem(doc, result.blocks)
      : { id: result.blockId, message: result.message }
    if (problem || !result.ok) {
      const details = { operationIndex: index, ...(problem?.id ? { blockId: problem.id } : {}) }
      throw new AdapterError('validation', problem?.message ?? 'Invalid operation', details)
    }
    doc = result.blocks
  })
  return doc
}

/** Ids whose current state the operation depends on. */
function touched(op: Operation, base: Block[]): string[] {
  switch (op.op) {
    case 'update':
      return [op.blockId]
    case 'remove': {
      const ids: string[] = []
      const block = findBlock(base, op.blockId)
      if (block) walkBlocks([block], (b) => ids.push(b.id))
      return ids.length > 0 ? ids : [op.blockId]
    }
    case 'moveBefore':
    case 'moveAfter':
      return [op.blockId, op.anchorId]
    case 'insertBefore':
    case 'insertAfter':
      return [op.blockId]
    case 'append':
    case 'prepend':
      return op.parentId === undefined ? [] : [op.parentId]
    case 'replaceAll': {
      const ids: string[] = []
      walkBlocks(base, (b) => ids.push(b.id))
      return ids
    }
  }
}

/**
 * Refuses with 'conflict' when a block the operations touch changed on the server since `base`.
 * A difference that already equals what this write produces is not a conflict: it is this
 * write's own earlier, interrupted attempt.
 */
export function assertUnchanged(
  base: Block[],
  server: Block[],
  final: Block[],
  ops: readonly Operation[],
): void {
  for (const id of new Set(ops.flatMap((op) => touched(op, base)))) {
    const mine = findBlock(base, id)
    if (!mine) continue
    const theirs = findBlock(server, id)
    const goal = findBlock(final, id)
    const same = (key: string) =>
      deepEqual(theirs?.value[key], mine.value[key]) ||
      (goal !== undefined && deepEqual(theirs?.value[key], goal.value[key]))
    const keys = new Set([...Object.keys(mine.value), ...Object.keys(theirs?.value ?? {})])
    const parent = (doc: Block[]) => locateBlock(doc, id)?.parentId
    const moved =
      parent(server) !== parent(base) && (goal === undefined || parent(server) !== parent(final))
    if (!theirs || theirs.type !== mine.type || moved || ![...keys].every(same)) {
      throw new AdapterError(
        'conflict',
        `Block "${id}" was changed in Tines since it was loaded; nothing was written.`,
        { blockId: id },
      )
    }
  }
}
