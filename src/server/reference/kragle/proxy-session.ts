// How the proxy authenticates to Kragle: it logs in server-side (POST /authenticate with the
// username and password), keeps every cookie the answer sets (a small jar: Kragle's session
// cookie is `auth_tkt`, but nothing here depends on a name or on there being one cookie) and
// sends them with each forwarded call. It logs in again shortly before the jar expires (when a
// cookie says when), and when the adapter, after a call answered Kragle's code 3, sends the call
// once more with RENEW_HEADER. A login that fails stops the call with a BackendLoginError that
// says why: the proxy never forwards a call without a session. The browser never sees the
// password or the cookies (the proxy passes no Set-Cookie back).
import { BackendLoginError } from '../backend-login-error'
import { KRAGLE_RENEW_HEADER, KRAGLE_RENEW_VALUE } from '../../../core/kragle/renew-header'
import type { ProxyAuthorizer } from '../registry-types'

/** Log in again this long before the session expires, so a call never races the expiry. */
const MARGIN_MS = 30_000
const LOGIN_TIMEOUT_MS = 10_000
/** A renewal asked for within this long after a login reuses that login (one per burst). */
const RENEW_AFTER_MS = 2_000
const MAX_DETAIL_CHARS = 200

/** Sent by the Kragle adapter on its one retry after code 3; never forwarded to Kragle. */
export const RENEW_HEADER = KRAGLE_RENEW_HEADER

export interface KragleLogin {
  username: string
  /** Null when none is configured: every call then fails with a BackendLoginError. */
  password: string | null
}

// One error type for every backend's login: the app answers it 503 with its message and code.
export { BackendLoginError }

interface Session {
  /** name → value of every cookie the login set. */
  cookies: Map<string, string>
  /** When the first cookie that says so expires; null: no cookie said (ends on code 3). */
  expiresAt: number | null
  loggedInAt: number
}

type Fetch = typeof fetch

/** Reads Set-Cookie headers into `jar`; returns the earliest expiry any of them names. */
export const readSetCookies = (
  headers: readonly string[],
  jar: Map<string, string>,
  now: number,
): number | null => {
  let expiresAt: number | null = null
  for (const header of headers) {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim())
    const eq = pair.indexOf('=')
    if (eq <= 0) continue
    const name = pair.slice(0, eq)
    let expiry: number | null = null
    for (const attribute of attributes) {
      const [key = '', value = ''] = attribute.split('=')
      if (key.toLowerCase() === 'max-age' && /^-?\d+$/.test(value)) {
        expiry = now + Number(value) * 1000
        break
      }
      if (key.toLowerCase() === 'expires' && !Number.isNaN(Date.parse(value))) {
        expiry = Date.parse(value)
      }
    }
    if (expiry !== null && expiry <= now) {
      jar.delete(name)
      continue
    }
    jar.set(name, pair.slice(eq + 1))
    if (expiry !== null) expiresAt = expiresAt === null ? expiry : Math.min(expiresAt, expiry)
  }
  return expiresAt
}

const clip = (text: string, secret: string): string => {
  const safe = secret === '' ? text : text.split(secret).join('[redacted]')
  return safe.length > MAX_DETAIL_CHARS ? `${safe.slice(0, MAX_DETAIL_CHARS)}…` : safe
}

/** Kragle's {code, msg} from an answer's text, when it has one. */
const kragleError = (text: string): { code: number; msg: string } | null => {
  try {
    const body: unknown = JSON.parse(text)
    const one: unknown = Array.isArray(body) && body.length === 1 ? body[0] : body
    if (typeof one !== 'object' || one === null) return null
    const { code, msg } = one as Record<string, unknown>
    if (typeof code !== 'number') return null
    return { code, msg: typeof msg === 'string' ? msg : '' }
  } catch {
    return null
  }
}

export const kragleSessionAuth = (
  credentials: () => KragleLogin,
  target: () => string,
  doFetch: Fetch = fetch,
): ProxyAuthorizer => {
  let session: Session | null = null
  let pending: Promise<Session> | null = null

  const login = async (): Promise<Session> => {
    const { username, password } = credentials()
    if (password === null || password === '') {
      throw new BackendLoginError(
        'Kragle login: no password is configured (set BACKEND_PASSWORD, or BACKEND_API_KEY).',
        'NO_CREDENTIALS',
      )
    }
    let response: Response
    try {
      response = await doFetch(`${target()}/api/v1/authenticate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ username, password }),
        redirect: 'manual',
        signal: AbortSignal.timeout(LOGIN_TIMEOUT_MS),
      })
    } catch (error) {
      const reason =
        error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'failed'
      throw new BackendLoginError(`Kragle login ${reason}: Kragle could not be reached.`)
    }
    const text = await response.text().catch(() => '')
    const error = kragleError(text)
    if (error?.code === 3) {
      throw new BackendLoginError(
        `Kragle refused the login of "${username}" (code 3: wrong username or password). ` +
          'Check BACKEND_USERNAME and BACKEND_PASSWORD.',
        'WRONG_CREDENTIALS',
      )
    }
    if (!response.ok || (error !== null && error.code !== 0)) {
      const detail = error ? `, code ${error.code}: ${clip(error.msg, password)}` : ''
      throw new BackendLoginError(`Kragle login failed (HTTP ${response.status}${detail}).`)
    }
    const now = Date.now()
    const cookies = new Map<string, string>()
    const expiresAt = readSetCookies(response.headers.getSetCookie(), cookies, now)
    if (cookies.size === 0) {
      throw new BackendLoginError('Kragle accepted the login but set no session cookie.')
    }
    return { cookies, expiresAt, loggedInAt: now }
  }

  const fresh = (s: Session): boolean =>
    s.expiresAt === null || s.expiresAt - MARGIN_MS > Date.now()

  const current = async (renew: boolean): Promise<Session> => {
    if (session && fresh(session) && !(renew && Date.now() - session.loggedInAt > RENEW_AFTER_MS)) {
      return session
    }
    session = null
    pending ??= login().finally(() => {
      pending = null
    })
    session = await pending
    return session
  }

  return async (headers) => {
    const renew = headers.get(RENEW_HEADER) === KRAGLE_RENEW_VALUE
    headers.delete(RENEW_HEADER)
    // A failed login throws: the call is not forwarded without a session.
    const { cookies } = await current(renew)
    headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '))
  }
}
