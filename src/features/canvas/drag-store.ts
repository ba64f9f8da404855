// The drag's live state (which block is held, where it would land, whether that place is refused)
// as a tiny external store, so a move of the drop line re-renders the two cards it leaves and
// enters, not the whole canvas.
import { createContext, useContext, useSyncExternalStore } from 'react'
import type { DropSide, DropTarget } from '../../core/gestures'

export interface DragSnapshot {
  activeId: string | null
  target: DropTarget | null
  /** The schema does not take the held blocks at the target: drawn as refused. */
  refused: boolean
}

export interface DragStore {
  get(): DragSnapshot
  set(next: DragSnapshot): void
  subscribe(listener: () => void): () => void
}

const IDLE: DragSnapshot = { activeId: null, target: null, refused: false }

export function createDragStore(): DragStore {
  let snapshot = IDLE
  const listeners = new Set<() => void>()
  return {
    get: () => snapshot,
    set(next) {
      const same =
        next.activeId === snapshot.activeId &&
        next.target?.anchorId === snapshot.target?.anchorId &&
        next.target?.side === snapshot.target?.side &&
        next.refused === snapshot.refused
      if (same) return
      snapshot = next
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export const DragStoreContext = createContext<DragStore>(createDragStore())

/** The side of this block the drop line is drawn on, or null. */
export function useDropSide(blockId: string): DropSide | null {
  const store = useContext(DragStoreContext)
  return useSyncExternalStore(store.subscribe, () => {
    const target = store.get().target
    return target?.anchorId === blockId ? target.side : null
  })
}

/** Whether the drop line shown at this block marks a refused place. */
export function useDropRefused(blockId: string): boolean {
  const store = useContext(DragStoreContext)
  return useSyncExternalStore(store.subscribe, () => {
    const { target, refused } = store.get()
    return refused && target?.anchorId === blockId
  })
}

/** Whether this block is the one held by a drag (pointer or keyboard). */
export function useIsHeld(blockId: string): boolean {
  const store = useContext(DragStoreContext)
  return useSyncExternalStore(store.subscribe, () => store.get().activeId === blockId)
}

/** Starts a keyboard drag of a block (Space/Enter on its handle); false when none started. */
export type KeyboardPickUp = (blockId: string, event: KeyboardEvent) => boolean
export const KeyboardPickUpContext = createContext<KeyboardPickUp>(() => false)
