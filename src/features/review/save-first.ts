// Publishing publishes what the backend holds, so unsaved edits are saved first: ask for a flush
// and wait until the store says everything is saved, or give up with the reason.
import type { EditorStoreApi, EditorStoreState } from '../../store'

const TIMEOUT_MS = 20_000

const settled = (s: EditorStoreState) =>
  s.pending.length === 0 && s.inFlight.length === 0 && s.status === 'saved'

export function saveFirst(store: EditorStoreApi, flushNow: () => void): Promise<void> {
  if (settled(store.getState())) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const stop = (error?: Error) => {
      clearTimeout(timer)
      unsubscribe()
      if (error) reject(error)
      else resolve()
    }
    const check = (s: EditorStoreState) => {
      if (settled(s)) stop()
      else if (s.status === 'conflict' || s.status === 'error' || s.status === 'offline') {
        const why = s.statusMessage ?? (s.status === 'conflict' ? 'a conflict' : s.status)
        stop(new Error(`Your changes could not be saved first (${why}); nothing was published.`))
      }
    }
    const timer = setTimeout(
      () => stop(new Error('Saving your changes took too long; nothing was published.')),
      TIMEOUT_MS,
    )
    const unsubscribe = store.subscribe(check)
    flushNow()
  })
}
