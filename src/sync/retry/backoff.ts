// How long the flush waits before trying again after a transient failure. Pure (random and the
// attempt number come in), so the schedule is tested without timers.
//
// Exponential backoff with "full jitter" (a uniformly random wait between 0 and the window, the
// window doubling per attempt up to a cap): clients that failed together — every tab after a
// deploy, every user after an outage — spread their retries over the whole window instead of
// arriving together again. A backend's Retry-After is obeyed, within a ceiling so a broken header
// cannot park the editor for hours.

export const RETRY_BASE_MS = 1000
export const RETRY_MAX_MS = 30_000
/** The longest Retry-After obeyed as given (a longer one is waited this long, then retried). */
export const RETRY_AFTER_MAX_MS = 5 * 60_000
/** Never retry sooner than this, so a random 0 does not spin. */
export const RETRY_MIN_MS = 100

export interface BackoffOptions {
  /** Failures so far, 0 for the first retry. */
  attempt: number
  /** What the backend asked for (429/503 Retry-After), in ms. */
  retryAfterMs?: number | undefined
  /** Uniform in [0, 1); Math.random in the app. */
  random?: () => number
  baseMs?: number
  maxMs?: number
}

/** The window of attempt n: base · 2ⁿ, capped. */
export function backoffWindow(attempt: number, baseMs = RETRY_BASE_MS, maxMs = RETRY_MAX_MS) {
  const exponent = Math.min(Math.max(0, Math.floor(attempt)), 30)
  return Math.min(maxMs, baseMs * 2 ** exponent)
}

export function backoffDelay(options: BackoffOptions): number {
  const { retryAfterMs } = options
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs)) {
    return Math.min(RETRY_AFTER_MAX_MS, Math.max(0, Math.round(retryAfterMs)))
  }
  const random = options.random ?? Math.random
  const window = backoffWindow(options.attempt, options.baseMs, options.maxMs)
  const r = Math.min(Math.max(random(), 0), 1)
  return Math.max(RETRY_MIN_MS, Math.round(r * window))
}
