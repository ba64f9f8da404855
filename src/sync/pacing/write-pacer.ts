// Keeps saves under a backend's write limit (Basker: 20 writes per key per rolling minute) so
// that steady typing never meets a 429: below half the budget a save goes out as usual; above
// it saves are spaced evenly over the window (edits made meanwhile coalesce into the next save);
// at the budget the next save waits until the oldest write leaves the window. Pure apart from the
// clock, which comes in, so the schedule is tested without timers.
import type { BackendId } from '../../adapters/types'
import { BACKEND_IDS, backendOf } from '../../core/backends'

export interface WriteLimit {
  /** Writes the backend allows per window. */
  writes: number
  windowMs: number
}

/** Limits the vendors state (the backends' table). Backends absent here are not paced. */
export const BACKEND_WRITE_LIMITS: Partial<Record<BackendId, WriteLimit>> = Object.fromEntries(
  BACKEND_IDS.flatMap((id) => {
    const limit = backendOf(id).writeLimit
    return limit ? [[id, limit]] : []
  }),
)

/**
 * Writes the pacer lets through per window: the limit less a reserve for writes it does not see
 * (a conflict's resend inside one flush, a theme save, another tab with the same key).
 */
export function writeBudget(limit: WriteLimit): number {
  const reserve = Math.max(1, Math.ceil(limit.writes * 0.1))
  return Math.max(1, limit.writes - reserve)
}

/** How long to wait before the next write, given when the earlier ones were sent. */
export function paceDelay(sentAt: readonly number[], now: number, limit: WriteLimit): number {
  const since = now - limit.windowMs
  const recent = sentAt.filter((t) => t > since).sort((a, b) => a - b)
  const budget = writeBudget(limit)
  if (recent.length >= budget) {
    // Wait until enough writes leave the window that one more stays within the budget.
    const leaving = recent[recent.length - budget] ?? now
    return Math.max(0, leaving + limit.windowMs - now + 1)
  }
  if (recent.length < Math.ceil(budget / 2)) return 0
  const spacing = Math.ceil(limit.windowMs / budget)
  const last = recent[recent.length - 1] ?? now
  return Math.max(0, last + spacing - now)
}

export interface WritePacer {
  /** Milliseconds to wait before the next write; 0 to send now. */
  delay(): number
  /** A write is being sent now. */
  record(): void
}

export function createWritePacer(limit: WriteLimit, now: () => number = Date.now): WritePacer {
  let sentAt: number[] = []
  return {
    delay: () => paceDelay(sentAt, now(), limit),
    record() {
      const at = now()
      sentAt = [...sentAt.filter((t) => t > at - limit.windowMs), at]
    },
  }
}

// One pacer per backend for the whole page: the limit is per API key, which every open record
// of this server shares.
const shared = new Map<BackendId, WritePacer>()

/** The page's pacer for a backend with a stated write limit; undefined for the others. */
export function sharedWritePacer(backend: BackendId): WritePacer | undefined {
  const limit = BACKEND_WRITE_LIMITS[backend]
  if (!limit) return undefined
  let pacer = shared.get(backend)
  if (!pacer) {
    pacer = createWritePacer(limit)
    shared.set(backend, pacer)
  }
  return pacer
}
