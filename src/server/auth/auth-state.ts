// Who is asking: the local admin (loopback, no users), a logged-in user with their session, or
// nobody. Resolved once per /api request by the guard and kept on the context.
import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import type { User, UserRepository } from './user-repository'
import type { SessionRecord, SessionRepository } from './session-repository'

export const SESSION_COOKIE = 'editor_session'

export const LOCAL_ADMIN: User = {
  id: 'local',
  email: '',
  name: 'Local admin',
  role: 'admin',
  createdAt: '1970-01-01T00:00:00.000Z',
}

export type AuthState =
  | { mode: 'local'; user: User }
  | { mode: 'users'; user: User; session: SessionRecord; sessionId: string }
  | { mode: 'users'; user: null }

declare module 'hono' {
  interface ContextVariableMap {
    auth: AuthState
  }
}

export interface AuthStores {
  users: UserRepository
  sessions: SessionRepository
}

/**
 * Checked on every request rather than once at start: users created while the server runs (by
 * the admin screen, a test hook or user:add on a shared PostgreSQL) switch the local admin off.
 */
export const resolveAuth = async (c: Context, stores: AuthStores): Promise<AuthState> => {
  if (!(await stores.users.exist())) return { mode: 'local', user: LOCAL_ADMIN }
  const sessionId = getCookie(c, SESSION_COOKIE)
  if (sessionId === undefined) return { mode: 'users', user: null }
  const session = await stores.sessions.find(sessionId)
  if (!session) return { mode: 'users', user: null }
  const user = await stores.users.byId(session.userId)
  if (!user) return { mode: 'users', user: null }
  return { mode: 'users', user, session, sessionId }
}

/** What GET /api/session answers: never the session id (it stays in the httpOnly cookie). */
export const sessionBody = (auth: AuthState) => ({
  mode: auth.mode,
  user: auth.user
    ? { id: auth.user.id, email: auth.user.email, name: auth.user.name, role: auth.user.role }
    : null,
  csrfToken: auth.mode === 'users' && auth.user ? auth.session.csrfToken : null,
})
