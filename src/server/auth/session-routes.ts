// /api/session: who is logged in (and the CSRF token writes must carry), logging in and out.
import type { Context, Hono } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { jsonError } from '../http/errors'
import { SESSION_COOKIE, sessionBody, type AuthStores } from './auth-state'
import type { LoginThrottle } from './login-throttle'
import { crossSiteProblem } from './origin-check'
import { verifyNobody, verifyPassword } from './passwords'
import { normaliseEmail } from './user-repository'

export interface SessionRouteOptions {
  stores: AuthStores
  throttle: LoginThrottle
  ttlMs: number
}

/** Secure cookies whenever the browser reached us over https (directly or through a TLS proxy). */
const overHttps = (c: Context): boolean =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https'

const readCredentials = async (c: Context): Promise<{ email: string; password: string } | null> => {
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    return null
  }
  if (typeof body !== 'object' || body === null) return null
  const { email, password } = body as Record<string, unknown>
  return typeof email === 'string' && typeof password === 'string' ? { email, password } : null
}

export const mountSessionRoutes = (app: Hono, options: SessionRouteOptions): void => {
  const { stores, throttle } = options

  app.get('/api/session', (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(sessionBody(c.get('auth')))
  })

  app.post('/api/session/login', async (c) => {
    c.header('Cache-Control', 'no-store')
    const crossSite = crossSiteProblem(c)
    if (crossSite) return jsonError(c, 403, crossSite)
    // JSON only: a cross-site form cannot send it without a CORS preflight, which never passes.
    if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
      return jsonError(c, 415, 'Send the e-mail and password as JSON.')
    }
    if (c.get('auth').mode === 'local') {
      return jsonError(c, 409, 'No user exists yet: this server runs as a single local admin.')
    }
    const credentials = await readCredentials(c)
    if (!credentials) {
      return jsonError(c, 400, 'Send {"email": "…", "password": "…"} as JSON.')
    }
    const email = normaliseEmail(credentials.email)
    const waitMs = throttle.waitMs(email)
    if (waitMs > 0) {
      c.header('Retry-After', String(Math.ceil(waitMs / 1000)))
      return jsonError(c, 429, 'Too many failed logins for this address; try again later.')
    }
    const found = await stores.users.credentials(email)
    const ok = found
      ? await verifyPassword(found.passwordHash, credentials.password)
      : await verifyNobody(credentials.password)
    if (!found || !ok) {
      throttle.failed(email)
      return jsonError(c, 401, 'The e-mail address or the password is wrong.')
    }
    throttle.succeeded(email)
    await stores.sessions.sweep()
    const session = await stores.sessions.create(found.user.id)
    setCookie(c, SESSION_COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: overHttps(c),
      path: '/',
      maxAge: Math.floor(options.ttlMs / 1000),
    })
    return c.json(sessionBody({ mode: 'users', user: found.user, session, sessionId: session.id }))
  })

  app.post('/api/session/logout', async (c) => {
    const auth = c.get('auth')
    if (auth.mode === 'users' && auth.user) await stores.sessions.remove(auth.sessionId)
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: overHttps(c) })
    return c.body(null, 204)
  })
}
