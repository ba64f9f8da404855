// How long the live stream waits before opening again after it dropped. The same full-jitter
// backoff as the flush's retries (src/sync/retry/backoff.ts), on a shorter scale: presence must
// come back within seconds after a blip, while a server that is down for long is asked only
// every 15 s by each tab, spread so tabs that lost it together do not return together.
import { backoffDelay } from '../retry/backoff'

export const LIVE_RETRY_BASE_MS = 500
export const LIVE_RETRY_MAX_MS = 15_000

/** The wait before reconnect attempt `attempt` (0 for the first after a drop). */
export function liveReconnectDelay(attempt: number, random: () => number = Math.random): number {
  return backoffDelay({
    attempt,
    random,
    baseMs: LIVE_RETRY_BASE_MS,
    maxMs: LIVE_RETRY_MAX_MS,
  })
}
