// Where a held block can land: next to a block (before or after it, in its container) or inside
// an empty container. Keyboard drags step through DropSlots; the origin is where it came from.
export type DropSide = 'before' | 'after' | 'inside'

export interface DropTarget {
  /** The block the drop goes next to, or the empty container it goes into ('inside'). */
  anchorId: string
  side: DropSide
}

/** A keyboard stop: a place to drop, or the place the block came from. */
export type DropSlot = DropTarget | { origin: true }

export function isOrigin(slot: DropSlot | undefined): slot is { origin: true } {
  return slot !== undefined && 'origin' in slot
}

export function sameTarget(a: DropTarget | null, b: DropTarget | null): boolean {
  return a?.anchorId === b?.anchorId && a?.side === b?.side
}

export function slotIndexOfOrigin(slots: readonly DropSlot[]): number {
  return slots.findIndex((slot) => isOrigin(slot))
}

/** Steps `delta` slots from `index`, staying within the list. */
export function stepSlot(slots: readonly DropSlot[], index: number, delta: number): number {
  return Math.max(0, Math.min(slots.length - 1, index + delta))
}

/** Which half of a card the pointer is in: the top half drops before it, the bottom half after. */
export function sideFromPointer(pointerY: number, rectTop: number, rectHeight: number): DropSide {
  return pointerY < rectTop + rectHeight / 2 ? 'before' : 'after'
}
