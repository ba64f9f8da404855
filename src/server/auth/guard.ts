// The gate in front of every /api route: who is asking (401 when nobody), whether a write comes
// from this editor's own pages with the session's CSRF token (403 otherwise), and whether the
// user's role allows what a proxied backend request does (403 naming the action).
import { timingSafeEqual } from 'node:crypto'
import type { Context, Hono, MiddlewareHandler } from 'hono'
import { ACTION_WORDS, roleAllows, type RoleAction } from '../../core/roles'
import { limitBody } from '../http/body-limit'
import { jsonError } from '../http/errors'
import type { ProxiedRequest } from '../reference/registry-types'
import { resolveAuth, type AuthStores } from './auth-state'
import { addressedToLoopback, crossSiteProblem, SAFE_METHODS } from './origin-check'

export const CSRF_HEADER = 'x-csrf-token'

declare module 'hono' {
  interface ContextVariableMap {
    /** What the request does, as the guard judged it (the rate share reads it). */
    action: RoleAction
  }
}
const BACKEND_PREFIX = '/api/backend'

export interface GuardOptions {
  stores: AuthStores
  /** The selected backend's request classifier; without one, any write needs an admin. */
  classify: ((request: ProxiedRequest) => RoleAction) | undefined
  bodyLimitBytes: number
}

/** Routes anyone may call: the runtime config, the session state, logging in. */
const isPublic = (method: string, path: string): boolean =>
  (method === 'GET' && (path === '/api/config' || path === '/api/session')) ||
  (method === 'POST' && path === '/api/session/login')

const sameToken = (sent: string | undefined, expected: string): boolean => {
  if (sent === undefined) return false
  const a = Buffer.from(sent)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

const readJson = async (c: Context): Promise<unknown> => {
  // A clone, so the proxy still forwards the body byte for byte.
  const text = await c.req.raw.clone().text()
  if (text.trim() === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

/**
 * What a request does, as far as roles are concerned. A proxied request is classified by the
 * backend whatever its method (a GET can write on a backend that takes parameters from the
 * query), with its query string, so the classifier sees every parameter the backend will.
 */
const actionOf = async (c: Context, options: GuardOptions): Promise<RoleAction> => {
  const path = c.req.path
  const method = c.req.method
  if (path === '/api/users' || path.startsWith('/api/users/')) return 'admin'
  if (!path.startsWith(`${BACKEND_PREFIX}/`)) return SAFE_METHODS.has(method) ? 'read' : 'edit'
  if (!options.classify) return method === 'GET' || method === 'HEAD' ? 'read' : 'admin'
  const body = method === 'GET' || method === 'HEAD' ? null : await readJson(c)
  const search = new URL(c.req.url).search
  return options.classify({ method, path: `${path.slice(BACKEND_PREFIX.length)}${search}`, body })
}

export const authGuard =
  (options: GuardOptions): MiddlewareHandler =>
  async (c, next) => {
    const method = c.req.method
    const auth = await resolveAuth(c, options.stores)
    c.set('auth', auth)
    if (auth.mode === 'local' && !addressedToLoopback(c)) {
      return jsonError(
        c,
        403,
        'This server runs without logins and answers only requests addressed to a loopback name (127.0.0.1, localhost, ::1).',
      )
    }
    if (isPublic(method, c.req.path)) return next()
    if (!auth.user) return jsonError(c, 401, 'Log in first: this request needs a session.')
    const action = await actionOf(c, options)
    c.set('action', action)
    // Anything that is not a read, by its method or by what a backend request does, must come
    // from this editor's pages with the session's token: an <img> can send a GET, not a header.
    // (Our own /api routes never write on a GET; /api/users is `admin` to read, not a write.)
    const proxied = c.req.path.startsWith(`${BACKEND_PREFIX}/`)
    if (!SAFE_METHODS.has(method) || (proxied && action !== 'read')) {
      const crossSite = crossSiteProblem(c)
      if (crossSite) return jsonError(c, 403, crossSite)
      if (auth.mode === 'users' && !sameToken(c.req.header(CSRF_HEADER), auth.session.csrfToken)) {
        return jsonError(
          c,
          403,
          `This write lacks the session's CSRF token (the ${CSRF_HEADER} header from GET /api/session).`,
        )
      }
    }
    if (!roleAllows(auth.user.role, action)) {
      return jsonError(
        c,
        403,
        `Your role (${auth.user.role}) may not ${ACTION_WORDS[action]}; ask an admin.`,
      )
    }
    if (c.req.path.startsWith(`${BACKEND_PREFIX}/`)) dropCsrfHeader(c)
    return next()
  }

/** The token is ours: the proxy forwards the other headers, and a backend has no use for it. */
const dropCsrfHeader = (c: Context): void => {
  if (!c.req.raw.headers.has(CSRF_HEADER)) return
  const headers = new Headers(c.req.raw.headers)
  headers.delete(CSRF_HEADER)
  c.req.raw = new Request(c.req.raw, { headers })
}

export const mountGuard = (app: Hono, options: GuardOptions): void => {
  // Before the guard reads a body to classify it, so a huge body is refused unread.
  app.use(`${BACKEND_PREFIX}/*`, limitBody(options.bodyLimitBytes))
  app.use('/api/*', authGuard(options))
}
