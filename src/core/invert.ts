// invert: the operations that undo a list of operations. Applied to the document the list
// produced, they restore the document it started from exactly, so undo can be sent as a new edit.
import { applyOperations } from './apply-operations'
import { findBlock, locateBlock } from './tree'
import type { Block, NewBlock, Operation } from './types'

/** An insert that puts `block` back at `index` of its container, next to a neighbour if any. */
export function reinsertAt(
  blocks: readonly Block[],
  block: NewBlock,
  parentId: string | null,
  index: number,
): Operation {
  const siblings = parentId === null ? blocks : (findBlock(blocks, parentId)?.children ?? [])
  const previous = siblings[index - 1]
  if (previous) return { op: 'insertAfter', blockId: previous.id, block }
  const next = siblings[index]
  if (next) return { op: 'insertBefore', blockId: next.id, block }
  return parentId === null ? { op: 'append', block } : { op: 'append', block, parentId }
}

/** Removes a block and puts back `old` (same id) at the same place in `after`. */
function restoreBlock(after: readonly Block[], old: Block): Operation[] {
  const location = locateBlock(after, old.id) as NonNullable<ReturnType<typeof locateBlock>>
  const without = applyOperations(after, [{ op: 'remove', blockId: old.id }])
  const rest = without.ok ? without.blocks : after
  return [
    { op: 'remove', blockId: old.id },
    reinsertAt(rest, old, location.parentId, location.index),
  ]
}

function insertedId(block: NewBlock, op: Operation['op']): string {
  if (block.id === undefined) {
    throw new Error(`invert: the block inserted by ${op} has no id; assign ids before inverting.`)
  }
  return block.id
}

function invertOne(before: readonly Block[], after: readonly Block[], op: Operation): Operation[] {
  switch (op.op) {
    case 'update': {
      const old = findBlock(before, op.blockId) as Block
      const keys = Object.keys(op.value)
      if (!keys.every((key) => Object.hasOwn(old.value, key))) return restoreBlock(after, old)
      return [
        {
          op: 'update',
          blockId: op.blockId,
          value: Object.fromEntries(keys.map((k) => [k, old.value[k]])),
        },
      ]
    }
    case 'insertBefore':
    case 'insertAfter':
      return [{ op: 'remove', blockId: insertedId(op.block, op.op) }]
    case 'append':
    case 'prepend': {
      const id = insertedId(op.block, op.op)
      const parent = op.parentId === undefined ? undefined : findBlock(before, op.parentId)
      // Inserting into a block without children creates its list; only restoring the parent
      // removes that list again.
      if (parent && !parent.children) return restoreBlock(after, parent)
      return [{ op: 'remove', blockId: id }]
    }
    case 'remove': {
      const old = findBlock(before, op.blockId) as Block
      const location = locateBlock(before, op.blockId) as NonNullable<
        ReturnType<typeof locateBlock>
      >
      return [reinsertAt(after, old, location.parentId, location.index)]
    }
    case 'moveBefore':
    case 'moveAfter': {
      const location = locateBlock(before, op.blockId) as NonNullable<
        ReturnType<typeof locateBlock>
      >
      const siblings =
        location.parentId === null ? before : (findBlock(before, location.parentId)?.children ?? [])
      const previous = siblings[location.index - 1]
      if (previous) return [{ op: 'moveAfter', blockId: op.blockId, anchorId: previous.id }]
      const next = siblings[location.index + 1]
      if (next) return [{ op: 'moveBefore', blockId: op.blockId, anchorId: next.id }]
      // It was alone in its container, which has no anchor left: take it out and append it back.
      const moved = findBlock(after, op.blockId) as Block
      const back: Operation =
        location.parentId === null
          ? { op: 'append', block: moved }
          : { op: 'append', block: moved, parentId: location.parentId }
      return [{ op: 'remove', blockId: op.blockId }, back]
    }
    case 'replaceAll':
      return [{ op: 'replaceAll', blocks: [...before] }]
  }
}

/**
 * The inverse of `ops` on `before`: apply it after `ops` to get `before` back. Throws when `ops`
 * do not apply to `before` or an inserted block has no id.
 */
export function invert(before: readonly Block[], ops: readonly Operation[]): Operation[] {
  const inverses: Operation[][] = []
  let doc = before
  for (const [index, op] of ops.entries()) {
    const result = applyOperations(doc, [op])
    if (!result.ok) {
      throw new Error(`invert: operation ${index} does not apply: ${result.message}`)
    }
    inverses.push(invertOne(doc, result.blocks, op))
    doc = result.blocks
  }
  return inverses.reverse().flat()
}
