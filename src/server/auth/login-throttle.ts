// Slows password guessing without locking the owner out. Failures are counted in the database
// (every server sees them) per subject: the e-mail from one client address, the e-mail from one
// device the user logged in from before (a cookie), and the e-mail from anywhere else. A few
// failures are free; after that each attempt waits twice as long as the last (capped at a
// minute). A device the user logged in from is judged only by its own failures, so someone
// guessing elsewhere, even from the same address, never slows the owner on their own browser.
import { createHash, randomBytes } from 'node:crypto'
import type { Queryable } from '../storage/db'

export interface LoginAttempt {
  /** Already normalised (trimmed, lower case). */
  email: string
  /** The client's IP address (null in-process). */
  address: string | null
  /** The device cookie the browser sent, if any. */
  device: string | undefined
}

export interface ThrottlePolicy {
  windowMs: number
  /** Failures per subject before attempts are slowed. */
  free: number
  /** …for the e-mail from every client without a known device (distributed guessing). */
  freeAnywhere: number
  firstDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  windowMs: 15 * 60_000,
  free: 5,
  freeAnywhere: 25,
  firstDelayMs: 1_000,
  maxDelayMs: 60_000,
}

const hash = (value: string): string => createHash('sha256').update(value).digest('hex')

/** Device cookies are 32 random bytes in base64url; anything else is ignored. */
const looksLikeDevice = (value: string | undefined): value is string =>
  value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value)

interface FailureRow {
  failures: string | number
  last: string | number | null
  [column: string]: unknown
}

export const createLoginThrottle = (db: Queryable, policy: ThrottlePolicy = DEFAULT_THROTTLE) => {
  const knownDevice = async (attempt: LoginAttempt): Promise<string | null> => {
    if (!looksLikeDevice(attempt.device)) return null
    const found = await db.query('SELECT 1 FROM login_devices WHERE id_hash = $1 AND email = $2', [
      hash(attempt.device),
      attempt.email,
    ])
    return found.rows.length > 0 ? hash(attempt.device) : null
  }

  /** The subjects an attempt counts against, each with its number of free failures. */
  const subjectsOf = async (attempt: LoginAttempt): Promise<[string, number][]> => {
    const email = hash(attempt.email)
    const device = await knownDevice(attempt)
    if (device !== null) return [[`device:${device}:${email}`, policy.free]]
    return [
      [`address:${attempt.address ?? 'in-process'}:${email}`, policy.free],
      [`anywhere:${email}`, policy.freeAnywhere],
    ]
  }

  const waitFor = async (subject: string, free: number, now: number): Promise<number> => {
    const result = await db.query<FailureRow>(
      'SELECT count(*) AS failures, max(failed_at) AS last FROM login_failures WHERE subject = $1 AND failed_at > $2',
      [subject, now - policy.windowMs],
    )
    const failures = Number(result.rows[0]?.failures ?? 0)
    const last = Number(result.rows[0]?.last ?? 0)
    if (failures < free) return 0
    const delay = Math.min(policy.firstDelayMs * 2 ** (failures - free), policy.maxDelayMs)
    return Math.max(0, last + delay - now)
  }

  return {
    /** Milliseconds to wait before this attempt may be checked; 0 when it may go ahead. */
    async waitMs(attempt: LoginAttempt, now: number = Date.now()): Promise<number> {
      let wait = 0
      for (const [subject, free] of await subjectsOf(attempt)) {
        wait = Math.max(wait, await waitFor(subject, free, now))
      }
      return wait
    },

    async failed(attempt: LoginAttempt, now: number = Date.now()): Promise<void> {
      for (const [subject] of await subjectsOf(attempt)) {
        await db.query('INSERT INTO login_failures (subject, failed_at) VALUES ($1, $2)', [
          subject,
          now,
        ])
      }
      // Old failures only slow the queries; a rare sweep keeps the table small.
      if (Math.random() < 0.02) {
        await db.query('DELETE FROM login_failures WHERE failed_at <= $1', [now - policy.windowMs])
      }
    },

    /**
     * Forgets this client's failures and returns the device cookie to set: the device is now
     * known for this e-mail, so guesses made elsewhere never slow it down.
     */
    async succeeded(attempt: LoginAttempt, now: number = Date.now()): Promise<string> {
      const email = hash(attempt.email)
      await db.query('DELETE FROM login_failures WHERE subject = $1', [
        `address:${attempt.address ?? 'in-process'}:${email}`,
      ])
      const device = looksLikeDevice(attempt.device)
        ? attempt.device
        : randomBytes(32).toString('base64url')
      await db.query(
        `INSERT INTO login_devices (id_hash, email, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (id_hash) DO UPDATE SET email = EXCLUDED.email, created_at = EXCLUDED.created_at`,
        [hash(device), attempt.email, now],
      )
      await db.query(`DELETE FROM login_failures WHERE subject = $1`, [
        `device:${hash(device)}:${email}`,
      ])
      return device
    },
  }
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>
