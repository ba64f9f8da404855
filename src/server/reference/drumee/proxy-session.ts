// How the proxy authenticates to a Drumee hub: it logs in server-side (POST /-/svc/yp.login with
// `{vars: {ident, password}}`), keeps every cookie the hub sets (`regsid` on a real hub; the name
// is never relied on) in memory and sends them with each forwarded call; it logs in again before
// the cookies expire, and when the editor reports a permission failure (a hub that restarted
// forgets its sessions) by retrying with the `x-drumee-session: renew` header. The browser never
// sees the password or the cookies (the proxy passes no Set-Cookie back). A wrong login answers
// HTTP 200 with `WRONG_CREDENTIALS`: the call fails with a sentence naming what to fix, and the
// hub is not asked again for a minute, so a wrong password cannot lock the account.
import { BackendLoginError } from '../backend-login-error'
import type { BackendLoginCode } from '../backend-login-error'
import type { ProxyAuthorizer } from '../registry-types'

/** The header the editor adds to retry a call the hub refused for permission: log in again. */
export const RENEW_HEADER = 'x-drumee-session'
/** Log in again this long before the cookies expire, so a call never races the expiry. */
const MARGIN_MS = 30_000
const LOGIN_TIMEOUT_MS = 10_000
/** A cookie without Max-Age or Expires is kept this long, then the proxy logs in again. */
const DEFAULT_LIFETIME_MS = 12 * 3600_000
/** At most one forced login per this interval, however many calls ask for one at once. */
const RENEW_INTERVAL_MS = 1_000
/** How long a failed login is remembered before the hub is asked again. */
const WRONG_LOGIN_PAUSE_MS = 60_000
const FAILED_LOGIN_PAUSE_MS = 5_000
const MAX_ANSWER_BYTES = 64 * 1024

export interface DrumeeCredentials {
  ident: string
  password: string
}

interface Session {
  cookie: string
  expiresAt: number
}

type Fetch = typeof fetch

const attributes = (header: string, now: number): { pair: string; expiresAt: number } | null => {
  const [pair, ...rest] = header.split(';').map((part) => part.trim())
  if (!pair?.includes('=') || pair.startsWith('=')) return null
  let expiresAt = now + DEFAULT_LIFETIME_MS
  for (const attribute of rest) {
    const [key = '', value = ''] = attribute.split('=')
    if (key.toLowerCase() === 'max-age' && /^\d+$/.test(value)) {
      expiresAt = now + Number(value) * 1000
    } else if (key.toLowerCase() === 'expires' && !Number.isNaN(Date.parse(value))) {
      expiresAt = Math.min(expiresAt, Date.parse(value))
    }
  }
  return { pair, expiresAt }
}

/** Every cookie a login set, as one Cookie header, and when the first of them expires. */
export const sessionOf = (setCookies: readonly string[], now: number): Session | null => {
  const cookies = setCookies.map((header) => attributes(header, now)).filter((c) => c !== null)
  const live = cookies.filter((c) => c.expiresAt > now)
  if (live.length === 0) return null
  return {
    cookie: live.map((c) => c.pair).join('; '),
    expiresAt: Math.min(...live.map((c) => c.expiresAt)),
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The refusal a login answer carries (bare or inside `data`); null when there is none. */
export const loginRefusal = (body: unknown): string | null => {
  for (const candidate of [body, isObject(body) ? body.data : undefined]) {
    if (!isObject(candidate)) continue
    const { error, status } = candidate
    if (status === 'WRONG_CREDENTIALS' || error === 'WRONG_CREDENTIALS') return 'WRONG_CREDENTIALS'
    if (typeof error === 'string' && error !== '') return error.slice(0, 80)
  }
  return null
}

const readAnswer = async (response: Response): Promise<unknown> => {
  const text = await response.text()
  if (text.length > MAX_ANSWER_BYTES) return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

export interface DrumeeSessionAuth {
  authorize: ProxyAuthorizer
  /** Logs in now (at start, against a real hub); rejects with the reason it could not. */
  login(): Promise<void>
}

/**
 * `credentials` is null when the server has none to log in with: each call then fails with
 * `missing`, the sentence saying which settings to give.
 */
export const drumeeSessionAuth = (
  credentials: DrumeeCredentials | null,
  missing: string,
  target: () => string,
  doFetch: Fetch = fetch,
  clock: () => number = Date.now,
): DrumeeSessionAuth => {
  let session: Session | null = null
  let failure: { error: BackendLoginError; until: number } | null = null
  let pending: Promise<Session> | null = null
  /** When a call last made the proxy log in again (a burst of retries shares that login). */
  let renewedAt = -Infinity

  const fail = (message: string, pauseMs: number, code?: BackendLoginCode): never => {
    const error = new BackendLoginError(message, code)
    failure = { error, until: clock() + pauseMs }
    throw error
  }

  const login = async (): Promise<Session> => {
    if (credentials === null) return fail(missing, WRONG_LOGIN_PAUSE_MS, 'NO_CREDENTIALS')
    let response: Response
    try {
      response = await doFetch(`${target()}/-/svc/yp.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          vars: { ident: credentials.ident, password: credentials.password },
        }),
        redirect: 'manual',
        signal: AbortSignal.timeout(LOGIN_TIMEOUT_MS),
      })
    } catch {
      return fail('The server could not reach the Drumee hub to log in.', FAILED_LOGIN_PAUSE_MS)
    }
    // Never the password, the cookie or the answer's text in a message: the status and the key.
    const body = await readAnswer(response).catch(() => null)
    const refusal = loginRefusal(body)
    if (refusal === 'WRONG_CREDENTIALS') {
      return fail(
        "The Drumee hub refused the server's login: wrong user name or password " +
          '(WRONG_CREDENTIALS). Check BACKEND_USERNAME and BACKEND_PASSWORD.',
        WRONG_LOGIN_PAUSE_MS,
        'WRONG_CREDENTIALS',
      )
    }
    if (!response.ok || refusal !== null) {
      return fail(
        `The Drumee hub refused the server's login (HTTP ${response.status}` +
          `${refusal === null ? '' : `, ${refusal}`}).`,
        FAILED_LOGIN_PAUSE_MS,
      )
    }
    const started = sessionOf(response.headers.getSetCookie(), clock())
    if (!started) {
      return fail(
        'The Drumee hub accepted the login but set no session cookie.',
        FAILED_LOGIN_PAUSE_MS,
      )
    }
    failure = null
    return started
  }

  const current = async (asked: boolean): Promise<Session> => {
    const now = clock()
    const renew = asked && pending === null && now - renewedAt >= RENEW_INTERVAL_MS
    if (renew) renewedAt = now
    if (session && session.expiresAt - MARGIN_MS > now && !renew) return session
    if (pending) return pending
    if (failure && now < failure.until) throw failure.error
    session = null
    pending ??= login().finally(() => {
      pending = null
    })
    session = await pending
    return session
  }

  return {
    async authorize(headers) {
      const renew = headers.get(RENEW_HEADER) === 'renew'
      // The browser may not pick the session or set hub parameters by header: a hub reads every
      // `x-param-<name>` header as the parameter <name> (a status that publishes, say).
      const dropped: string[] = []
      headers.forEach((_value, name) => {
        const lower = name.toLowerCase()
        if (lower.startsWith('x-param-') || lower === RENEW_HEADER || lower === 'regsid') {
          dropped.push(name)
        }
      })
      for (const name of dropped) headers.delete(name)
      headers.set('Cookie', (await current(renew)).cookie)
    },
    async login() {
      await current(false)
    },
  }
}
