// Per-user shares of the backend's rate limit. The backend counts every request against the one
// key the server holds, so a single user could spend the budget of everyone (1,001 reads and all
// get 429 for a minute). Each user may spend at most a share of it per rolling minute, counted in
// the database so every server on one PostgreSQL counts together. Without users (the local admin
// is the only one) there is nobody to share with and the backend's own limit is the only one.
import type { MiddlewareHandler } from 'hono'
import { jsonError } from '../http/errors'
import type { RateWindows } from '../storage/rate-windows'

export interface BackendLimits {
  /** Requests per rolling minute the backend allows the server's key. */
  reads: number
  writes: number
}

/** The part of the backend's limit one user may spend. */
export const USER_SHARE = 0.5

export const rateShare =
  (windows: RateWindows, limits: BackendLimits, share: number = USER_SHARE): MiddlewareHandler =>
  async (c, next) => {
    const auth = c.get('auth')
    if (auth.mode !== 'users' || !auth.user) return next()
    const budget = c.get('action') === 'read' ? 'reads' : 'writes'
    const limit = Math.max(1, Math.floor(limits[budget] * share))
    const decision = await windows.take(`proxy:${auth.user.id}:${budget}`, limit)
    if (decision.allowed) return next()
    c.header('Retry-After', String(decision.retryAfterSeconds))
    return jsonError(
      c,
      429,
      `You have used your share of the backend's ${budget} for this minute (${limit}); the rest is kept for the other users.`,
    )
  }
