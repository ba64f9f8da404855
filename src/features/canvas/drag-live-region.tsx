// The live region the drag speaks through (pick-up, each step, drop, cancel). Its own tiny store,
// so an announcement re-renders this one element, not the canvas.
import { useSyncExternalStore } from 'react'

export interface Announcer {
  say(text: string | null): void
  get(): string
  subscribe(listener: () => void): () => void
}

export function createAnnouncer(): Announcer {
  let text = ''
  const listeners = new Set<() => void>()
  return {
    say(next) {
      if (next === null || next === text) return
      text = next
      for (const listener of listeners) listener()
    },
    get: () => text,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export function DragLiveRegion({ announcer }: { announcer: Announcer }) {
  const text = useSyncExternalStore(announcer.subscribe, announcer.get)
  return (
    <div className="visually-hidden" data-drag-live="" aria-live="assertive" aria-atomic="true">
      {text}
    </div>
  )
}
