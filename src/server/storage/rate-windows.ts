// Rate limits counted in the database, so every server on one PostgreSQL spends the same budget.
// A sliding window approximated from two fixed minutes: the previous minute's hits weighted by how
// much of it still overlaps the last 60 s, plus this minute's. One upsert and one read per hit.
import type { Queryable } from './db'

export interface RateDecision {
  allowed: boolean
  /** Whole seconds until a request would be allowed again (≥ 1 when refused). */
  retryAfterSeconds: number
}

const WINDOW_MS = 60_000

interface HitsRow {
  window_start: string | number
  hits: number
  [column: string]: unknown
}

export const createRateWindows = (db: Queryable) => ({
  /** Counts one hit in `bucket` and says whether it fits in `limit` per rolling minute. */
  async take(bucket: string, limit: number, now: number = Date.now()): Promise<RateDecision> {
    const current = Math.floor(now / WINDOW_MS) * WINDOW_MS
    const previous = current - WINDOW_MS
    const counted = await db.query<HitsRow>(
      `INSERT INTO rate_windows (bucket, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_windows.hits + 1
       RETURNING window_start, hits`,
      [bucket, current],
    )
    const before = await db.query<HitsRow>(
      'SELECT window_start, hits FROM rate_windows WHERE bucket = $1 AND window_start = $2',
      [bucket, previous],
    )
    const hits = Number(counted.rows[0]?.hits ?? 1)
    const overlap = 1 - (now - current) / WINDOW_MS
    const estimate = hits + Number(before.rows[0]?.hits ?? 0) * overlap
    if (Math.random() < 0.01) {
      await db.query('DELETE FROM rate_windows WHERE window_start < $1', [previous])
    }
    if (estimate <= limit) return { allowed: true, retryAfterSeconds: 0 }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((current + WINDOW_MS - now) / 1000)),
    }
  },
})

export type RateWindows = ReturnType<typeof createRateWindows>
