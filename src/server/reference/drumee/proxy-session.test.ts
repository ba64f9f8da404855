// The proxy's Drumee login on its own (a stand-in hub answering yp.login): every cookie a login
// sets is sent, logins are shared and renewed at most once a second, a wrong password is not
// tried again for a minute, and the browser cannot pass hub parameters or a session by header.
import { describe, expect, it } from 'vitest'
import { BackendLoginError } from '../backend-login-error'
import { drumeeSessionAuth, loginRefusal, sessionOf } from './proxy-session'

const LOGIN_OK = () =>
  new Response(JSON.stringify({ __ack__: 'yp.login', data: { status: 'ok' } }), {
    headers: [
      ['set-cookie', 'regsid=abc; Max-Age=2592000; Path=/; HttpOnly; Secure; SameSite=Strict'],
      ['set-cookie', 'lang=en; Path=/'],
    ],
  })
const LOGIN_WRONG = () => Response.json({ error: 'user_error', status: 'WRONG_CREDENTIALS' })

const hubAnswering = (answer: () => Response) => {
  const logins: unknown[] = []
  let now = 1_000_000
  const auth = drumeeSessionAuth(
    { ident: 'ann', password: 'secret-pw' },
    'no login configured',
    () => 'http://hub.test',
    (_url, init) => {
      logins.push(JSON.parse(String(init?.body)))
      return Promise.resolve(answer())
    },
    () => now,
  )
  return { auth, logins, advance: (ms: number) => (now += ms) }
}

describe('drumeeSessionAuth', () => {
  it('logs in once with {vars: {ident, password}} and sends every cookie the hub set', async () => {
    const { auth, logins } = hubAnswering(LOGIN_OK)
    const headers = new Headers({ 'x-param-status': 'publish_with_history', regsid: 'forged' })
    await Promise.all([auth.authorize(headers), auth.authorize(new Headers())])
    expect(logins).toEqual([{ vars: { ident: 'ann', password: 'secret-pw' } }])
    expect(headers.get('cookie')).toBe('regsid=abc; lang=en')
    expect(headers.has('x-param-status')).toBe(false)
    expect(headers.has('regsid')).toBe(false)
  })

  it('logs in again when asked (at most once a second) and before the cookie expires', async () => {
    const { auth, logins, advance } = hubAnswering(LOGIN_OK)
    await auth.authorize(new Headers())
    const renew = () => auth.authorize(new Headers({ 'x-drumee-session': 'renew' }))
    await Promise.all([renew(), renew(), renew()])
    expect(logins).toHaveLength(2)
    await renew()
    expect(logins).toHaveLength(2)
    advance(1_000)
    await renew()
    expect(logins).toHaveLength(3)
    advance(2_592_000 * 1000 - 10_000)
    await auth.authorize(new Headers())
    expect(logins).toHaveLength(4)
  })

  it('a wrong password: a sentence naming the settings, and the hub is not asked again for a minute', async () => {
    const { auth, logins, advance } = hubAnswering(LOGIN_WRONG)
    const first = await Promise.resolve(auth.authorize(new Headers())).catch((e: unknown) => e)
    expect(first).toBeInstanceOf(BackendLoginError)
    expect(first).toMatchObject({
      code: 'WRONG_CREDENTIALS',
      message: expect.stringMatching(/wrong user name or password.*BACKEND_PASSWORD/),
    })
    expect(String((first as Error).message)).not.toContain('secret-pw')
    for (let n = 0; n < 5; n += 1) {
      await expect(
        auth.authorize(new Headers({ 'x-drumee-session': 'renew' })),
      ).rejects.toBeInstanceOf(BackendLoginError)
    }
    expect(logins).toHaveLength(1)
    advance(60_000)
    await expect(auth.login()).rejects.toBeInstanceOf(BackendLoginError)
    expect(logins).toHaveLength(2)
  })

  it('reads a refusal bare or in the envelope, and cookies with or without a lifetime', () => {
    expect(loginRefusal({ error: 'user_error', status: 'WRONG_CREDENTIALS' })).toBe(
      'WRONG_CREDENTIALS',
    )
    expect(loginRefusal({ data: { status: 'WRONG_CREDENTIALS' } })).toBe('WRONG_CREDENTIALS')
    expect(loginRefusal({ __ack__: 'yp.login', data: { ident: 'ann' } })).toBeNull()
    expect(sessionOf(['a=1; Max-Age=60', 'b=2'], 0)).toEqual({
      cookie: 'a=1; b=2',
      expiresAt: 60_000,
    })
    expect(sessionOf(['a=1; Max-Age=0'], 0)).toBeNull()
  })
})
