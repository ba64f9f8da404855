// How reads react to a busy backend: a 429 (or 503) with Retry-After is waited out as asked and
// tried again a few more times than other failures, so reaching the read limit delays a read
// instead of showing an error. Pure: TanStack Query's retry and retryDelay call these.
import { AdapterError } from '../../adapters/types'
import { backoffDelay } from '../retry/backoff'

const FINAL_KINDS = new Set(['auth', 'forbidden', 'not-found', 'validation', 'bad-request'])
/** A rolling minute's limit clears within a minute; five waits cover it with room to spare. */
export const RATE_LIMITED_READ_RETRIES = 5
export const OTHER_READ_RETRIES = 2

export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (error instanceof AdapterError && FINAL_KINDS.has(error.kind)) return false
  if (error instanceof AdapterError && error.kind === 'rate-limited') {
    return failureCount < RATE_LIMITED_READ_RETRIES
  }
  return failureCount < OTHER_READ_RETRIES
}

/** The wait before read retry `failureCount` (0-based), obeying Retry-After when given. */
export function readRetryDelay(failureCount: number, error: unknown, random = Math.random) {
  const retryAfterMs = error instanceof AdapterError ? error.details.retryAfterMs : undefined
  return backoffDelay({ attempt: failureCount, retryAfterMs, random })
}
