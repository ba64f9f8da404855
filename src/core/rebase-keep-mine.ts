// Operations that keep the user's version after a conflict in rebase, built against the rebased
// document at the point of the conflict.
import type { Draft } from './draft'
import type { Block, NewBlock, Operation } from './types'

/** The user's block without the descendants whose ids the rebased document already holds. */
function withoutTaken(block: Block, theirs: Draft): NewBlock {
  const copy: NewBlock = { id: block.id, type: block.type, value: block.value }
  if (block.children) {
    copy.children = block.children
      .filter((child) => !theirs.has(child.id))
      .map((child) => withoutTaken(child, theirs))
  }
  return copy
}

/** Siblings of `id` in the user's document, nearest first: before it, then after it. */
function neighbours(mine: Draft, id: string): { before: Block[]; after: Block[] } {
  const siblings = mine.siblings(mine.parentOf(id) ?? null) ?? []
  const index = siblings.findIndex((block) => block.id === id)
  return { before: siblings.slice(0, index).reverse(), after: siblings.slice(index + 1) }
}

/** Re-inserts the user's block next to its nearest surviving neighbour, else appends it. */
export function reinsertMine(mine: Draft, theirs: Draft, id: string): Operation[] {
  const block = mine.get(id)
  if (!block) return []
  const copy = withoutTaken(block, theirs)
  const { before, after } = neighbours(mine, id)
  const previous = before.find((sibling) => theirs.has(sibling.id))
  if (previous) return [{ op: 'insertAfter', blockId: previous.id, block: copy }]
  const next = after.find((sibling) => theirs.has(sibling.id))
  if (next) return [{ op: 'insertBefore', blockId: next.id, block: copy }]
  const parentId = mine.parentOf(id)
  if (parentId && theirs.has(parentId)) return [{ op: 'append', block: copy, parentId }]
  return [{ op: 'append', block: copy }]
}

/** Moves the block next to its nearest neighbour (in the user's document) that survived. */
export function moveNearMine(mine: Draft, theirs: Draft, id: string): Operation[] {
  const usable = (sibling: Block): boolean =>
    theirs.has(sibling.id) && !theirs.isWithin(sibling.id, id)
  const { before, after } = neighbours(mine, id)
  const previous = before.find(usable)
  if (previous) return [{ op: 'moveAfter', blockId: id, anchorId: previous.id }]
  const next = after.find(usable)
  return next ? [{ op: 'moveBefore', blockId: id, anchorId: next.id }] : []
}
