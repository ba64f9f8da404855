// The door in front of the reference backends (/ref/*), the same rules as /api/*: with no users
// only requests addressed to a loopback name (no DNS rebinding), and once users exist only a
// logged-in user or this machine (the proxy, the server's own logins to Kragle or Drumee) gets in.
// Behind the door each reference still answers only its own credentials (key, bearer, login), and
// the editor's own session cookie and CSRF token never reach it.
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { jsonError } from '../http/errors'
import { resolveAuth, SESSION_COOKIE, type AuthStores } from './auth-state'
import { fromThisMachine } from './client-address'
import { CSRF_HEADER } from './guard'
import { isLoopbackHost } from './loopback'
import { addressedToLoopback } from './origin-check'

const hostName = (c: Context): string => {
  const host = c.req.header('host') ?? new URL(c.req.url).host
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '')
}

/** The Cookie header without the editor's session cookie (Kragle's own cookie stays). */
const withoutEditorSession = (cookie: string): string =>
  cookie
    .split(';')
    .filter((part) => part.split('=')[0]?.trim() !== SESSION_COOKIE)
    .join(';')
    .trim()

const stripEditorCredentials = (c: Context): void => {
  const cookie = c.req.header('cookie')
  if (cookie === undefined && c.req.header(CSRF_HEADER) === undefined) return
  const headers = new Headers(c.req.raw.headers)
  headers.delete(CSRF_HEADER)
  const kept = cookie === undefined ? '' : withoutEditorSession(cookie)
  if (kept === '') headers.delete('cookie')
  else headers.set('cookie', kept)
  c.req.raw = new Request(c.req.raw, { headers })
}

export const referenceDoor =
  (stores: AuthStores, bindHost: string): MiddlewareHandler =>
  async (c, next) => {
    const auth = await resolveAuth(c, stores)
    if (auth.mode === 'local') {
      if (!addressedToLoopback(c)) {
        return jsonError(
          c,
          403,
          'This server runs without logins and answers only requests addressed to a loopback name (127.0.0.1, localhost, ::1).',
        )
      }
    } else {
      const host = hostName(c)
      const ownName = isLoopbackHost(host) || host === bindHost
      const local = fromThisMachine(c) && ownName
      if (!local && !auth.user) {
        return jsonError(
          c,
          401,
          'The reference backends answer only this server and logged-in users; log in first.',
        )
      }
    }
    if (getCookie(c, SESSION_COOKIE) !== undefined || c.req.header(CSRF_HEADER) !== undefined) {
      stripEditorCredentials(c)
    }
    return next()
  }
