// The reference hub's users and sessions, as a real hub has them: `POST /-/svc/yp.login` with
// `{vars: {ident, password}}` sets a session cookie (`regsid`), and every later call is made at
// the level of the user whose session it carries (no session, an unknown or expired one:
// anonymous). The users are the four levels' reference users (ident `drumee` is the admin the
// proxy logs in as; `drumee-delete`, `drumee-write`, `drumee-read`); their passwords are in
// DATA_DIR/reference-keys.json under their ident and in the database as hashes.
import { randomBytes } from 'node:crypto'
import { hashKey } from '../reference-keys'
import { LEVELS } from './model'
import type { ReferenceMode } from './model'
import { IDENTS, levelOfLabel } from './provision'
import type { DrumeeRepository } from './repository'

/** A real hub's session lifetime (its cookie's Max-Age): 30 days. */
export const SESSION_TTL_SECONDS = 2_592_000
/** Sessions kept at most; the oldest goes first (a reference, not a user store). */
const MAX_SESSIONS = 1000

/** The session cookie's name: `regsid` on a real hub; the alternate mode uses another name. */
export const sessionCookieName = (mode: ReferenceMode): string =>
  mode === 'hub' ? 'regsid' : 'drumee_session'

interface Session {
  level: number
  expiresAt: number
}

export class DrumeeSessions {
  private readonly sessions = new Map<string, Session>()

  constructor(
    private readonly repo: DrumeeRepository,
    private readonly clock: () => number = Date.now,
  ) {}

  /** A new session id for these credentials; null when the ident or password is wrong. */
  async login(ident: string, password: string): Promise<string | null> {
    if (password === '') return null
    const label = await this.repo.keyLabel(hashKey(password))
    const level = label === null ? null : levelOfLabel(label)
    if (level === null || IDENTS[levelName(level)] !== ident) return null
    const id = randomBytes(24).toString('base64url')
    if (this.sessions.size >= MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value
      if (oldest !== undefined) this.sessions.delete(oldest)
    }
    this.sessions.set(hashKey(id), { level, expiresAt: this.clock() + SESSION_TTL_SECONDS * 1000 })
    return id
  }

  /** The level a session id grants: anonymous when there is none, or it is unknown or expired. */
  levelOf(sessionId: string | undefined): number {
    if (sessionId === undefined || sessionId === '') return LEVELS.anonymous
    const key = hashKey(sessionId)
    const session = this.sessions.get(key)
    if (!session) return LEVELS.anonymous
    if (session.expiresAt <= this.clock()) {
      this.sessions.delete(key)
      return LEVELS.anonymous
    }
    return session.level
  }

  /** Forgets every session, as a hub does when it restarts or logs everyone out (tests). */
  clear(): void {
    this.sessions.clear()
  }
}

const levelName = (level: number): Exclude<keyof typeof LEVELS, 'anonymous'> => {
  for (const [name, value] of Object.entries(LEVELS)) {
    if (value === level && name !== 'anonymous') return name as keyof typeof IDENTS
  }
  return 'read'
}

/** The session id a request carries: the cookie, else the `regsid` parameter (body or header). */
export const sessionIdOf = (
  cookieHeader: string | undefined,
  cookieName: string,
  param: unknown,
): string | undefined => {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === cookieName) return value.join('=')
  }
  return typeof param === 'string' ? param : undefined
}
