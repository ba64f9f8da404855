// Turns a drop target into the single operation of the Basker language that performs it, and
// enumerates the keyboard drop positions. Kept pure so the "one drop = one op" rule is testable
// without a browser.
import type { Block, Operation } from '../../core/types'
import { locateBlock, subtreeIds } from './block-tree'

export type DropSide = 'before' | 'after'

export interface DropTarget {
  anchorId: string
  side: DropSide
}

/** A keyboard stop: a place to drop, or the place the block came from. */
export type DropSlot = DropTarget | { origin: true }

export function isOrigin(slot: DropSlot | undefined): slot is { origin: true } {
  return slot !== undefined && 'origin' in slot
}

/**
 * The one operation that moves `activeId` to `target`, or null when the drop changes nothing
 * (dropped where it already is, on itself, or inside itself).
 */
export function dropOperation(
  blocks: Block[],
  activeId: string,
  target: DropTarget | null,
): Operation | null {
  if (!target) return null
  const active = locateBlock(blocks, activeId)
  const anchor = locateBlock(blocks, target.anchorId)
  if (!active || !anchor) return null
  if (subtreeIds(active.block).has(target.anchorId)) return null
  if (anchor.siblings === active.siblings) {
    const neighbour = target.side === 'before' ? active.index + 1 : active.index - 1
    if (anchor.index === neighbour) return null
  }
  return target.side === 'before'
    ? { op: 'moveBefore', blockId: activeId, anchorId: target.anchorId }
    : { op: 'moveAfter', blockId: activeId, anchorId: target.anchorId }
}

/**
 * Every distinct place the active block can be dropped, in reading order, with the place it came
 * from marked as the origin. Each arrow key press steps one slot, so the user passes one block at
 * a time. Positions inside empty containers are absent: no move operation can target them.
 */
export function dropSlots(blocks: Block[], activeId: string, nesting: boolean): DropSlot[] {
  const slots: DropSlot[] = []
  const walk = (list: Block[]): void => {
    const first = list[0]
    if (first && first.id !== activeId) slots.push({ anchorId: first.id, side: 'before' })
    list.forEach((block, i) => {
      if (block.id === activeId) {
        slots.push({ origin: true })
        return
      }
      if (nesting && block.children && block.children.length > 0) walk(block.children)
      // After a block and before the active one are the same place: the origin stands for both.
      if (list[i + 1]?.id !== activeId) slots.push({ anchorId: block.id, side: 'after' })
    })
  }
  walk(blocks)
  return slots
}

export function slotIndexOfOrigin(slots: DropSlot[]): number {
  return slots.findIndex((slot) => isOrigin(slot))
}

/** Steps `delta` slots from `index`, staying within the list. */
export function stepSlot(slots: DropSlot[], index: number, delta: number): number {
  return Math.max(0, Math.min(slots.length - 1, index + delta))
}

/** Which half of a card the pointer is in: the top half drops before it, the bottom half after. */
export function sideFromPointer(pointerY: number, rectTop: number, rectHeight: number): DropSide {
  return pointerY < rectTop + rectHeight / 2 ? 'before' : 'after'
}
