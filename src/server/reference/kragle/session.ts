// Who is calling: a signed, httpOnly session cookie set by POST /authenticate, or the inline form
// `{"auth": {username|email, password}, "payload": {...}}` on a POST/PUT. The cookie holds the
// user id and its expiry, signed (HMAC) with a secret kept in DATA_DIR, so sessions survive a
// restart and cannot be forged or extended by the client. Kragle's cookie is `auth_tkt`
// (vendor-facts.md); the variant mode names it otherwise, sets a second, unrelated cookie first
// and leaves out Max-Age, so no client can depend on the name, on one cookie, or on knowing when
// the session ends.
import { verify } from '@node-rs/argon2'
import type { Context, MiddlewareHandler } from 'hono'
import { getSignedCookie, setCookie, setSignedCookie } from 'hono/cookie'
import { fail, KRAGLE_CODES } from './errors'
import { isObject, parseBodyText } from './params'
import type { KragleRepository } from './repository'

export const SESSION_COOKIE = 'auth_tkt'
export const VARIANT_SESSION_COOKIE = 'kragle_sid'
/** A cookie the variant mode sets before the session's, carrying nothing a client needs. */
export const VARIANT_EXTRA_COOKIE = 'kragle_locale'

export interface KragleEnv {
  Variables: {
    /** The authenticated user's id; null when the call carries no valid session. */
    user: number | null
    /** The JSON body of a POST/PUT (the inline form's payload); {} otherwise. */
    body: Record<string, unknown>
  }
}

export interface SessionOptions {
  repo: KragleRepository
  cookieSecret: string
  ttlSeconds: number
  /** The variant mode (KRAGLE_REFERENCE_VARIANT=1): see the top of this file. */
  variant: boolean
}

const cookieName = (options: SessionOptions): string =>
  options.variant ? VARIANT_SESSION_COOKIE : SESSION_COOKIE

const checkPassword = async (stored: string, password: string): Promise<boolean> => {
  try {
    return await verify(stored, password)
  } catch {
    return false
  }
}

/** The user id for `{username|email, password}`; code 3 when they do not match. */
export const login = async (repo: KragleRepository, credentials: unknown): Promise<number> => {
  if (!isObject(credentials)) {
    return fail(KRAGLE_CODES.badPayload, 'Send {username or email, password}.')
  }
  const { username, email, password } = credentials
  const who = typeof username === 'string' ? username : typeof email === 'string' ? email : null
  if (who === null || typeof password !== 'string') {
    return fail(KRAGLE_CODES.badPayload, 'Send {username or email, password} as strings.')
  }
  const user = await repo.userByLogin(who)
  if (!user?.passwordHash || !(await checkPassword(user.passwordHash, password))) {
    return fail(KRAGLE_CODES.badLogin, 'The username, e-mail or password is wrong.')
  }
  return user.id
}

export const startSession = async (
  c: Context,
  userId: number,
  options: SessionOptions,
): Promise<void> => {
  const expires = Date.now() + options.ttlSeconds * 1000
  if (options.variant) setCookie(c, VARIANT_EXTRA_COOKIE, 'en', { path: '/' })
  await setSignedCookie(c, cookieName(options), `${userId}.${expires}`, options.cookieSecret, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    ...(options.variant ? {} : { maxAge: options.ttlSeconds }),
  })
}

const sessionUser = async (c: Context, options: SessionOptions): Promise<number | null> => {
  const value = await getSignedCookie(c, options.cookieSecret, cookieName(options))
  if (typeof value !== 'string') return null
  const match = /^([1-9][0-9]*)\.([0-9]+)$/.exec(value)
  if (!match || Number(match[2]) <= Date.now()) return null
  return Number(match[1])
}

/** Resolves `user` and `body` for every route (bodies are read once, here). */
export const identify =
  (options: SessionOptions): MiddlewareHandler<KragleEnv> =>
  async (c, next) => {
    let user = await sessionUser(c, options)
    let body: Record<string, unknown> = {}
    if (c.req.method === 'POST' || c.req.method === 'PUT') {
      body = parseBodyText(await c.req.text())
      if ('auth' in body && 'payload' in body) {
        user = await login(options.repo, body.auth)
        if (!isObject(body.payload)) {
          return fail(KRAGLE_CODES.badPayload, 'payload must be a JSON object.')
        }
        body = body.payload
      }
    }
    c.set('user', user)
    c.set('body', body)
    await next()
  }

/** The caller's user id; code 3 when the call is not authenticated (HTTP 500, as every error). */
export const requireUser = (c: Context<KragleEnv>): number =>
  c.get('user') ?? fail(KRAGLE_CODES.badLogin, 'This call needs authentication.')
