// The open record's presence, for the toolbar, the canvas, the outline and the announcements.
// Each reader subscribes to the part it shows (one block's people), so a person moving from one
// block to another re-renders those two blocks, not the canvas.
import { createContext, useContext, useSyncExternalStore } from 'react'
import { NOBODY } from '../../sync'
import type { LiveRecord, Person, PresenceSnapshot } from '../../sync'

export const PresenceContext = createContext<LiveRecord | undefined>(undefined)

const subscribeNothing = () => () => undefined
const nobody = () => NOBODY

export function usePresenceSnapshot<T>(select: (snapshot: PresenceSnapshot) => T, empty: () => T) {
  const live = useContext(PresenceContext)
  const store = live?.presence
  return useSyncExternalStore(
    store?.subscribe ?? subscribeNothing,
    store ? () => select(store.getSnapshot()) : empty,
  )
}

const othersOf = (snapshot: PresenceSnapshot) => snapshot.others

/** Everyone else on the record. */
export function useOthers(): readonly Person[] {
  return usePresenceSnapshot(othersOf, nobody)
}

/** The others who have this block selected (the same array while it does not change). */
export function usePeopleOnBlock(blockId: string): readonly Person[] {
  return usePresenceSnapshot((snapshot) => snapshot.byBlock.get(blockId) ?? NOBODY, nobody)
}
