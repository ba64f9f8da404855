// How the proxy authenticates to Kragle: it logs in server-side (POST /authenticate with the
// username and the secret password), keeps the session cookie in memory and sends it with each
// forwarded call; it logs in again shortly before the cookie's Max-Age runs out. The browser
// never sees the password or the cookie (the proxy passes no Set-Cookie back).
import type { ProxyAuthorizer } from '../registry-types'

/** Log in again this long before the session expires, so a call never races the expiry. */
const MARGIN_MS = 30_000
const LOGIN_TIMEOUT_MS = 10_000

interface Session {
  cookie: string
  expiresAt: number
}

type Fetch = typeof fetch

const parseSetCookie = (header: string, now: number): Session | null => {
  const [pair, ...attributes] = header.split(';').map((part) => part.trim())
  if (!pair?.includes('=')) return null
  let expiresAt = now + 3600_000
  for (const attribute of attributes) {
    const [key, value = ''] = attribute.split('=')
    if (key?.toLowerCase() === 'max-age' && /^\d+$/.test(value)) {
      expiresAt = now + Number(value) * 1000
    } else if (key?.toLowerCase() === 'expires' && !Number.isNaN(Date.parse(value))) {
      expiresAt = Math.min(expiresAt, Date.parse(value))
    }
  }
  return { cookie: pair, expiresAt }
}

export const kragleSessionAuth = (
  username: string,
  password: string,
  target: () => string,
  doFetch: Fetch = fetch,
): ProxyAuthorizer => {
  let session: Session | null = null
  let pending: Promise<Session> | null = null

  const login = async (): Promise<Session> => {
    const response = await doFetch(`${target()}/api/v1/authenticate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ username, password }),
      redirect: 'manual',
      signal: AbortSignal.timeout(LOGIN_TIMEOUT_MS),
    })
    await response.body?.cancel()
    const header = response.headers.getSetCookie().find((c) => c.startsWith('kragle_session='))
    const parsed = response.ok && header ? parseSetCookie(header, Date.now()) : null
    // No password and no response body in the message: only the status.
    if (!parsed) throw new Error(`Kragle login failed (HTTP ${response.status}).`)
    return parsed
  }

  const current = async (): Promise<Session> => {
    if (session && session.expiresAt - MARGIN_MS > Date.now()) return session
    pending ??= login().finally(() => {
      pending = null
    })
    session = await pending
    return session
  }

  return async (headers) => {
    try {
      headers.set('Cookie', (await current()).cookie)
    } catch {
      // Forward without a session: Kragle answers 403 and the editor shows it, rather than the
      // proxy failing with a generic error. The next call tries to log in again.
      session = null
    }
  }
}
