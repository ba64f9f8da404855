// When to flush: 800 ms after the last edit, at once on flushNow() (which resolves with what
// happened) or when the tab is hidden, and after a transient failure with growing delays. Runs
// never overlap: a trigger during a run is remembered and served when it ends. While the browser
// is offline nothing is attempted; the status says so and the flush resumes when it returns.
// In 'manual' mode (a user's choice on backends without drafts, where a save goes live) nothing
// is sent until flushNow(); only what finishes that save (retries, the rest after a 422, the
// resume after being offline) runs on its own.
import type { EditorStoreApi } from '../store'
import { retryDelay } from './flush-policy'
import type { WritePacer } from './pacing'
import type { Connectivity } from './retry/connectivity'
import type { FlushResult } from './run-flush'

export const IDLE_FLUSH_MS = 800

/** 'auto': idle autosave; 'manual': only an explicit save (flushNow) sends anything. */
export type SaveMode = 'auto' | 'manual'
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
  /** Defaults to 'auto'. */
  mode?: SaveMode | undefined
}

/** What an explicit save learns: the flush's own result, or why none could run. */
export type FlushNowResult = FlushResult | { kind: 'offline' } | { kind: 'disposed' }

export interface FlushScheduler {
  /**
   * Sends what is unsaved now and resolves with the result of the first run that started after
   * the call (so it covers every edit made before it), or at once when offline or disposed.
   */
  flushNow(): Promise<FlushNowResult>
  /** Switches between autosave and saving on demand; back to 'auto', what waits goes out soon. */
  setMode(mode: SaveMode): void
  /**
   * Stops every timer; in 'auto' mode sends what is still unsaved one last time, without
   * retrying (in 'manual' mode it stays in the outbox, unsent).
   */
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
  let mode: SaveMode = options.mode ?? 'auto'
  /** An explicit save is under way (running, waiting out a failure, parked offline). */
  let requested = false
  /** Runs started so far; a waiter is served by the first run numbered `from` or later. */
  let runs = 0
  let waiters: { from: number; resolve: (result: FlushNowResult) => void }[] = []

  const answer = (result: FlushNowResult, ran = Infinity) => {
    const served = waiters.filter((w) => w.from <= ran)
    waiters = waiters.filter((w) => w.from > ran)
    for (const w of served) w.resolve(result)
  }

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
    // Edits made during the run, or ops kept after a 422, go out without waiting; saving on
    // demand, only the rest of the save asked for (after a 422) does.
    const follows = mode === 'auto' || result.kind === 'rejected'
    if (result.kind !== 'stopped' && follows && store.getState().pending.length > 0) again = true
  }

  const showOffline = () => {
    if (unsaved()) store.getState().setSyncIssue({ kind: 'offline', message: OFFLINE_MESSAGE })
  }

  function start(): void {
    clear()
    if (connectivity && !connectivity.isOnline()) {
      // Parked: the `online` event starts the next run.
      showOffline()
      answer({ kind: 'offline' })
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
    runs += 1
    const current = runs
    run()
      .catch((error: unknown): FlushResult => ({ kind: 'stopped', error }))
      .then((result) => {
        running = false
        settle(result)
        answer(result, current)
        if (retryTimer !== undefined) again = false
        if (again && !disposed) {
          again = false
          start()
        } else {
          // No run follows at once (a backoff, a refusal to answer): say so now, not later.
          answer(result)
          if (retryTimer === undefined) requested = false
        }
      })
  }

  const onEdit = () => {
    // While waiting out a failure, typing does not hammer the backend; flushNow still can.
    if (retryTimer !== undefined || disposed || mode === 'manual') return
    clearTimeout(idleTimer)
    idleTimer = setTimeout(start, idleMs)
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.editCount !== previous.editCount) onEdit()
  })

  const onVisibility = () => {
    if (mode === 'manual' && !requested) return
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
    if (unsaved() && (mode === 'auto' || requested)) start()
  })

  return {
    flushNow() {
      if (disposed) return Promise.resolve({ kind: 'disposed' })
      const done = new Promise<FlushNowResult>((resolve) => {
        waiters.push({ from: runs + 1, resolve })
      })
      again = false
      requested = true
      start()
      return done
    },
    setMode(next) {
      if (next === mode || disposed) return
      mode = next
      if (next === 'manual') {
        // An autosave waiting for the typist is called off; a save asked for goes on.
        if (!requested && !running) {
          clearTimeout(idleTimer)
          idleTimer = undefined
        }
      } else if (unsaved() && !running) {
        onEdit()
      }
    },
    dispose() {
      disposed = true
      answer({ kind: 'disposed' })
      clear()
      unsubscribe()
      visibility?.removeEventListener('visibilitychange', onVisibility)
      unsubscribeConnectivity?.()
      if (mode === 'auto' && !running && store.getState().pending.length > 0) {
        void run().catch(() => undefined)
      }
    },
  }
}
