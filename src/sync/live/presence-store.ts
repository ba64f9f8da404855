// The presence of one open record as an external store for React. Incoming lists are only
// remembered; they are reduced and handed to React once per animation frame, so 50 people
// moving at once cost one render of the changed parts, never a long task per message.
import { EMPTY_PRESENCE, reducePresence } from './presence'
import type { Person, PresenceSnapshot } from './presence'

export interface FrameScheduler {
  request(run: () => void): unknown
  cancel(handle: unknown): void
}

export interface PresenceStore {
  /** The server's full list (this tab included); applied at the next frame. */
  receive(people: readonly Person[]): void
  getSnapshot(): PresenceSnapshot
  subscribe(listener: () => void): () => void
  /** Stops any frame still scheduled. */
  dispose(): void
}

const animationFrames: FrameScheduler = {
  request: (run) =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => run())
      : setTimeout(run, 16),
  cancel: (handle) => {
    if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(handle as number)
    else clearTimeout(handle as ReturnType<typeof setTimeout>)
  },
}

export function createPresenceStore(options: {
  ownTab: string
  frames?: FrameScheduler
}): PresenceStore {
  const frames = options.frames ?? animationFrames
  const listeners = new Set<() => void>()
  let snapshot = EMPTY_PRESENCE
  let latest: readonly Person[] | null = null
  let frame: unknown = null

  const apply = () => {
    frame = null
    if (latest === null) return
    const next = reducePresence(snapshot, latest, options.ownTab)
    latest = null
    if (next === snapshot) return
    snapshot = next
    for (const listener of listeners) listener()
  }

  return {
    receive(people) {
      // Each list is the whole presence: only the newest of a frame matters.
      latest = people
      frame ??= frames.request(apply)
    },
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispose() {
      if (frame !== null) frames.cancel(frame)
      frame = null
      latest = null
    },
  }
}
