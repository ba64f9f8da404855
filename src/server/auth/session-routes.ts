// /api/session: who is logged in (and the CSRF token writes must carry), logging in and out.
import type { Context, Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { jsonError } from '../http/errors'
import { SESSION_COOKIE, sessionBody, type AuthStores } from './auth-state'
import { clientAddress } from './client-address'
import type { LoginAttempt, LoginThrottle } from './login-throttle'
import { crossSiteProblem } from './origin-check'
import { verifyNobody, verifyPassword } from './passwords'
import { normaliseEmail } from './user-repository'

export interface SessionRouteOptions {
  stores: AuthStores
  throttle: LoginThrottle
  ttlMs: number
}

/** Remembers the browser a user logged in from, so others' guesses never slow it (login-throttle.ts). */
export const DEVICE_COOKIE = 'editor_device'
const DEVICE_MAX_AGE_S = 400 * 24 * 3600
/** Longer than any real address or password; anything longer is refused unread by the limit. */
const MAX_FIELD = 1024
// Control characters (NUL among them) are no part of an address or a password we can store.
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/

/** Secure cookies whenever the browser reached us over https (directly or through a TLS proxy). */
const overHttps = (c: Context): boolean =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https'

type Credentials = { email: string; password: string }

/** The credentials, or why they cannot be checked (a 400, never a 500 from the database). */
const readCredentials = async (c: Context): Promise<Credentials | string> => {
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    return 'Send {"email": "…", "password": "…"} as JSON.'
  }
  if (typeof body !== 'object' || body === null)
    return 'Send {"email": "…", "password": "…"} as JSON.'
  const email: unknown = Object.hasOwn(body, 'email') ? (body as { email: unknown }).email : null
  const password: unknown = Object.hasOwn(body, 'password')
    ? (body as { password: unknown }).password
    : null
  if (typeof email !== 'string' || typeof password !== 'string') {
    return 'Send {"email": "…", "password": "…"} as JSON.'
  }
  if (email.length > MAX_FIELD || password.length > MAX_FIELD) {
    return `The e-mail address and the password are at most ${MAX_FIELD} characters.`
  }
  if (CONTROL.test(email)) return 'The e-mail address holds a control character.'
  return { email, password }
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
    if (typeof credentials === 'string') return jsonError(c, 400, credentials)
    const attempt: LoginAttempt = {
      email: normaliseEmail(credentials.email),
      address: clientAddress(c),
      device: getCookie(c, DEVICE_COOKIE),
    }
    const waitMs = await throttle.waitMs(attempt)
    if (waitMs > 0) {
      c.header('Retry-After', String(Math.ceil(waitMs / 1000)))
      return jsonError(c, 429, 'Too many failed logins for this address; try again shortly.')
    }
    const found = await stores.users.credentials(attempt.email)
    const ok = found
      ? await verifyPassword(found.passwordHash, credentials.password)
      : await verifyNobody(credentials.password)
    if (!found || !ok) {
      await throttle.failed(attempt)
      return jsonError(c, 401, 'The e-mail address or the password is wrong.')
    }
    await stores.sessions.sweep()
    const session = await stores.sessions.create(found.user.id)
    setCookie(c, SESSION_COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: overHttps(c),
      path: '/',
      maxAge: Math.floor(options.ttlMs / 1000),
    })
    const device = await throttle.succeeded(attempt)
    setCookie(c, DEVICE_COOKIE, device, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: overHttps(c),
      path: '/api/session',
      maxAge: DEVICE_MAX_AGE_S,
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
