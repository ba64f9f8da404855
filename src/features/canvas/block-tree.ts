// Small read-only helpers over the block tree that the canvas needs on every drag: where a block
// sits (its container and neighbours) and which blocks lie inside it.
import type { Block } from '../../core/types'

export interface BlockPlace {
  block: Block
  parentId: string | null
  /** The list that holds the block (the top level or the parent's children). */
  siblings: Block[]
  index: number
  /** Index in the top-level list of the block's outermost ancestor (itself at the top level). */
  topIndex: number
}

export function locateBlock(blocks: Block[], id: string): BlockPlace | null {
  for (let topIndex = 0; topIndex < blocks.length; topIndex++) {
    const found = locateIn(blocks, id, null, topIndex, topIndex)
    if (found) return found
  }
  return null
}

function locateIn(
  siblings: Block[],
  id: string,
  parentId: string | null,
  index: number,
  topIndex: number,
): BlockPlace | null {
  const block = siblings[index]
  if (!block) return null
  if (block.id === id) return { block, parentId, siblings, index, topIndex }
  const children = block.children ?? []
  for (let i = 0; i < children.length; i++) {
    const found = locateIn(children, id, block.id, i, topIndex)
    if (found) return found
  }
  return null
}

/** The ids of a block and every block nested inside it. */
export function subtreeIds(block: Block): Set<string> {
  // Iterative: a tree may be nested deeper than the call stack allows.
  const ids = new Set<string>()
  const stack: Block[] = [block]
  for (let b = stack.pop(); b !== undefined; b = stack.pop()) {
    ids.add(b.id)
    if (b.children) stack.push(...b.children)
  }
  return ids
}

/** Maps every block id to the index of its outermost ancestor in the top-level list. */
export function topIndexById(blocks: Block[]): Map<string, number> {
  const map = new Map<string, number>()
  blocks.forEach((top, topIndex) => {
    for (const id of subtreeIds(top)) map.set(id, topIndex)
  })
  return map
}
