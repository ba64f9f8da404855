// When to flush: 800 ms after the last edit, at once on flushNow() or when the tab is hidden,
// and after a transient failure with growing delays. Runs never overlap: a trigger during a run
// is remembered and served when it ends. While the browser is offline nothing is attempted; the
// status says so and the flush resumes when the connection returns.
import type { EditorStoreApi } from '../store'
import { retryDelay } from './flush-policy'
import type { WritePacer } from './pacing'
import type { Connectivity } from './retry/connectivity'
import type { FlushResult } from './run-flush'

export const IDLE_FLUSH_MS = 800
export const OFFLINE_MESSAGE =
  'No connection: your changes are kept on this device and saved when it returns.'

export interface FlushSchedulerOptions {
  store: EditorStoreApi
  run: () => Promise<FlushResult>
  idleMs?: number
  random?: () => number
  /** Where visibilitychange is observed (the document in the app; absent in tests). */
  visibility?:
    Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'> | undefined
  /** navigator.onLine and its events (absent in tests that do not exercise them). */
  connectivity?: Connectivity | undefined
  /** Holds saves back to the backend's write limit (edits coalesce meanwhile); absent: none. */
  pacer?: WritePacer | undefined
}

export interface FlushScheduler {
  flushNow(): void
  /** Stops every timer; sends what is still unsaved one last time, without retrying. */
  dispose(): void
}

export function createFlushScheduler(options: FlushSchedulerOptions): FlushScheduler {
  const { store, run, visibility, connectivity, pacer } = options
  const idleMs = options.idleMs ?? IDLE_FLUSH_MS
  let idleTimer: ReturnType<typeof setTimeout> | undefined
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let running = false
  let again = false
  let failures = 0
  let disposed = false

  const unsaved = () => {
    const s = store.getState()
    return s.pending.length > 0 || s.inFlight.length > 0
  }

  const clear = () => {
    clearTimeout(idleTimer)
    clearTimeout(retryTimer)
    idleTimer = undefined
    retryTimer = undefined
  }

  const settle = (result: FlushResult) => {
    if (disposed) return
    if (result.kind === 'retry') {
      retryTimer = setTimeout(start, retryDelay(failures, result.retryAfterMs, options.random))
      failures += 1
      return
    }
    if (result.kind !== 'stopped') failures = 0
    // A rejection that names no operation keeps everything queued: resending at once would be
    // rejected again, so wait for the next edit or an explicit save.
    if (result.kind === 'rejected' && !result.pinned) return
    // Edits made during the run, or ops kept after a 422, go out without waiting.
    if (result.kind !== 'stopped' && store.getState().pending.length > 0) again = true
  }

  const showOffline = () => {
    if (unsaved()) store.getState().setSyncIssue({ kind: 'offline', message: OFFLINE_MESSAGE })
  }

  function start(): void {
    clear()
    if (connectivity && !connectivity.isOnline()) {
      // Parked: the `online` event starts the next run.
      showOffline()
      return
    }
    if (running) {
      again = true
      return
    }
    if (pacer && unsaved()) {
      // Near the write limit: wait, and whatever is typed meanwhile goes out in the same save.
      const wait = pacer.delay()
      if (wait > 0) {
        idleTimer = setTimeout(start, wait)
        return
      }
      pacer.record()
    }
    running = true
    run()
      .catch((error: unknown): FlushResult => ({ kind: 'stopped', error }))
      .then((result) => {
        running = false
        settle(result)
        if (retryTimer !== undefined) again = false
        if (again && !disposed) {
          again = false
          start()
        }
      })
  }

  const onEdit = () => {
    // While waiting out a failure, typing does not hammer the backend; flushNow still can.
    if (retryTimer !== undefined || disposed) return
    clearTimeout(idleTimer)
    idleTimer = setTimeout(start, idleMs)
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.editCount !== previous.editCount) onEdit()
  })

  const onVisibility = () => {
    if (visibility?.visibilityState === 'hidden' && unsaved()) start()
  }
  visibility?.addEventListener('visibilitychange', onVisibility)

  const unsubscribeConnectivity = connectivity?.subscribe((online) => {
    if (disposed) return
    if (!online) {
      showOffline()
      return
    }
    // Back online: what was kept goes out now, with a fresh backoff.
    failures = 0
    if (unsaved()) start()
  })

  return {
    flushNow() {
      if (disposed) return
      again = false
      start()
    },
    dispose() {
      disposed = true
      clear()
      unsubscribe()
      visibility?.removeEventListener('visibilitychange', onVisibility)
      unsubscribeConnectivity?.()
      if (!running && store.getState().pending.length > 0) void run().catch(() => undefined)
    },
  }
}
