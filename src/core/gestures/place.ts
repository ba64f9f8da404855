// Where a block sits, read with the core's tree helpers: its container, the list that holds it and
// its index there, and the top-level block it lives under (the canvas virtualises by that row).
import { childrenOf, locateBlock } from '../tree'
import type { Block } from '../types'

export interface BlockPlace {
  block: Block
  parentId: string | null
  /** The list that holds the block (the top level or the parent's children). */
  siblings: readonly Block[]
  index: number
}

export function placeOf(blocks: readonly Block[], id: string): BlockPlace | null {
  const location = locateBlock(blocks, id)
  if (!location) return null
  const siblings = childrenOf(blocks, location.parentId) ?? []
  const block = siblings[location.index]
  return block ? { block, parentId: location.parentId, siblings, index: location.index } : null
}

/** Index in the top-level list of the block's outermost ancestor (itself at the top level). */
export function topIndexOf(blocks: readonly Block[], id: string): number | null {
  for (let i = 0; i < blocks.length; i += 1) {
    if (subtreeIds(blocks[i] as Block).has(id)) return i
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

/** True when `id` lies strictly inside one of the blocks of `ids`. */
export function isInsideAny(blocks: readonly Block[], ids: ReadonlySet<string>, id: string) {
  let location = locateBlock(blocks, id)
  while (location && location.parentId !== null) {
    if (ids.has(location.parentId)) return true
    location = locateBlock(blocks, location.parentId)
  }
  return false
}
