// Sessions: a random id (in the cookie only) and a random CSRF token per session. Rows expire; an
// expired row is refused and swept on the next login.
import { createHash, randomBytes } from 'node:crypto'
import type { Queryable } from '../storage/db'

export interface SessionRecord {
  userId: string
  csrfToken: string
  expiresAt: string
}

export interface NewSession extends SessionRecord {
  /** The value of the cookie; never stored. */
  id: string
}

interface SessionRow {
  user_id: string
  csrf_token: string
  expires_at: string
  [column: string]: unknown
}

const hashId = (id: string): string => createHash('sha256').update(id).digest('hex')
const token = (): string => randomBytes(32).toString('base64url')

/** Session ids are 32 random bytes in base64url: anything else is not worth a query. */
export const looksLikeSessionId = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value)

/** Live sessions one user may hold; a new login ends the oldest beyond it. */
export const MAX_SESSIONS_PER_USER = 10

export const createSessionRepository = (
  db: Queryable,
  ttlMs: number,
  maxPerUser: number = MAX_SESSIONS_PER_USER,
) => ({
  async create(userId: string, now: number = Date.now()): Promise<NewSession> {
    const session: NewSession = {
      id: token(),
      userId,
      csrfToken: token(),
      expiresAt: new Date(now + ttlMs).toISOString(),
    }
    await db.query(
      `INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        hashId(session.id),
        userId,
        session.csrfToken,
        new Date(now).toISOString(),
        session.expiresAt,
      ],
    )
    // A script that logs in over and over must not pile up live sessions.
    await db.query(
      `DELETE FROM sessions WHERE user_id = $1 AND id_hash NOT IN (
         SELECT id_hash FROM sessions WHERE user_id = $1
         ORDER BY created_at DESC, id_hash LIMIT $2)`,
      [userId, maxPerUser],
    )
    return session
  },

  /** The live session for a cookie value, or null when unknown or expired. */
  async find(id: string, now: number = Date.now()): Promise<SessionRecord | null> {
    if (!looksLikeSessionId(id)) return null
    const result = await db.query<SessionRow>(
      'SELECT user_id, csrf_token, expires_at FROM sessions WHERE id_hash = $1 AND expires_at > $2',
      [hashId(id), new Date(now).toISOString()],
    )
    const row = result.rows[0]
    return row
      ? { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at }
      : null
  },

  async remove(id: string): Promise<void> {
    await db.query('DELETE FROM sessions WHERE id_hash = $1', [hashId(id)])
  },

  async removeForUser(userId: string): Promise<void> {
    await db.query('DELETE FROM sessions WHERE user_id = $1', [userId])
  },

  async sweep(now: number = Date.now()): Promise<void> {
    await db.query('DELETE FROM sessions WHERE expires_at <= $1', [new Date(now).toISOString()])
  },
})

export type SessionRepository = ReturnType<typeof createSessionRepository>
