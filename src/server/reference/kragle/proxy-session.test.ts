import { afterEach, describe, expect, it, vi } from 'vitest'
import { BackendLoginError, kragleSessionAuth, readSetCookies, RENEW_HEADER } from './proxy-session'
import { classifyKragle, kragleLogin } from './reference-backend'
import { loadConfig } from '../../config'

const loginAnswer = (cookies: string[], body = '{"code":0,"user_id":1}') => {
  const headers = new Headers()
  for (const cookie of cookies) headers.append('set-cookie', cookie)
  return new Response(body, { headers })
}

const creds =
  (password: string | null = 'pw-secret') =>
  () => ({ username: 'editor', password })

afterEach(() => vi.useRealTimers())

describe('readSetCookies', () => {
  it('keeps every cookie whatever its name, and the earliest expiry any names', () => {
    const jar = new Map<string, string>()
    const expires = readSetCookies(
      ['lang=en; Path=/', 'auth_tkt="a b"; Max-Age=60; HttpOnly', 'old=x; Max-Age=0'],
      jar,
      1_000,
    )
    expect([...jar]).toEqual([
      ['lang', 'en'],
      ['auth_tkt', '"a b"'],
    ])
    expect(expires).toBe(61_000)
    expect(readSetCookies(['s=1; Path=/'], new Map(), 0)).toBeNull()
  })
})

describe('kragleSessionAuth', () => {
  it('logs in once, sends every cookie, and logs in again shortly before they expire', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const calls: { url: string; body: unknown }[] = []
    let serial = 0
    const fakeFetch = vi.fn((url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), body: JSON.parse(String(init?.body)) })
      serial += 1
      return Promise.resolve(loginAnswer(['pref=1', `auth_tkt=s${serial}; Max-Age=120`]))
    }) as unknown as typeof fetch
    const authorize = kragleSessionAuth(creds(), () => 'http://k/ref/kragle', fakeFetch)
    const headers = [new Headers(), new Headers(), new Headers()]
    await Promise.all([authorize(headers[0] as Headers), authorize(headers[1] as Headers)])
    expect(calls).toEqual([
      {
        url: 'http://k/ref/kragle/api/v1/authenticate',
        body: { username: 'editor', password: 'pw-secret' },
      },
    ])
    expect(headers[0]?.get('cookie')).toBe('pref=1; auth_tkt=s1')
    vi.setSystemTime(Date.now() + 95_000)
    await authorize(headers[2] as Headers)
    expect(calls).toHaveLength(2)
    expect(headers[2]?.get('cookie')).toBe('pref=1; auth_tkt=s2')
  })

  it('logs in again when the adapter asks after a code 3, once per burst, and drops the header', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    let serial = 0
    const fakeFetch = vi.fn(() => {
      serial += 1
      return Promise.resolve(loginAnswer([`sid=s${serial}`]))
    }) as unknown as typeof fetch
    const authorize = kragleSessionAuth(creds(), () => 'http://k', fakeFetch)
    await authorize(new Headers())
    vi.setSystemTime(Date.now() + 10_000)
    const renew = () => new Headers({ [RENEW_HEADER]: 'renew' })
    const [a, b] = [renew(), renew()]
    await Promise.all([authorize(a), authorize(b)])
    expect(serial).toBe(2)
    expect([a.get('cookie'), b.get('cookie'), a.has(RENEW_HEADER)]).toEqual([
      'sid=s2',
      'sid=s2',
      false,
    ])
  })

  it.each([
    [
      'a wrong password (code 3)',
      () => new Response('{"code":3,"msg":"bad login pw-secret"}', { status: 500 }),
      /refused the login of "editor" \(code 3: wrong username or password\)\. Check BACKEND_USERNAME/,
    ],
    [
      'another error',
      () => new Response('{"code":1,"msg":"no pw-secret here"}', { status: 500 }),
      /^Kragle login failed \(HTTP 500, code 1: no \[redacted\] here\)\.$/,
    ],
    ['no cookie', () => loginAnswer([]), /accepted the login but set no session cookie/],
  ])('fails with a clear error on %s and tries again next time', async (_, answer, message) => {
    const fakeFetch = vi
      .fn()
      .mockResolvedValueOnce(answer())
      .mockResolvedValueOnce(loginAnswer(['auth_tkt=ok'])) as unknown as typeof fetch
    const authorize = kragleSessionAuth(creds(), () => 'http://k', fakeFetch)
    const first = new Headers()
    const error = await Promise.resolve(authorize(first)).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(BackendLoginError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('pw-secret')
    expect(first.get('cookie')).toBeNull()
    const second = new Headers()
    await authorize(second)
    expect(second.get('cookie')).toBe('auth_tkt=ok')
  })

  it('fails clearly without a password or when Kragle cannot be reached', async () => {
    const none = kragleSessionAuth(
      creds(null),
      () => 'http://k',
      vi.fn() as unknown as typeof fetch,
    )
    await expect(none(new Headers())).rejects.toThrow(/no password is configured/)
    const down = kragleSessionAuth(creds(), () => 'http://k', (() =>
      Promise.reject(new TypeError('fetch failed'))) as unknown as typeof fetch)
    await expect(down(new Headers())).rejects.toThrow(
      'Kragle login failed: Kragle could not be reached.',
    )
  })
})

describe('kragleLogin', () => {
  it('uses BACKEND_USERNAME / BACKEND_PASSWORD for a real Kragle, BACKEND_API_KEY as the password', () => {
    const real = { BACKEND: 'kragle', BACKEND_URL: 'https://kragle.example' }
    expect(
      kragleLogin(loadConfig({ ...real, BACKEND_USERNAME: 'ann', BACKEND_PASSWORD: 'p' }), 'ref'),
    ).toEqual({ username: 'ann', password: 'p' })
    expect(
      kragleLogin(loadConfig({ ...real, KRAGLE_USERNAME: 'bob', BACKEND_API_KEY: 'k' }), 'ref'),
    ).toEqual({ username: 'bob', password: 'k' })
    expect(kragleLogin(loadConfig(real), 'ref')).toEqual({ username: 'editor', password: null })
    expect(kragleLogin(loadConfig({ BACKEND: 'kragle', BACKEND_USERNAME: 'x' }), 'ref')).toEqual({
      username: 'editor',
      password: 'ref',
    })
  })
})

describe('classifyKragle', () => {
  it.each([
    ['GET', '/api/v1/blocktypes?page=2', 'read'],
    ['POST', '/api/v1/validate/blocktypes', 'read'],
    ['PUT', '/api/v1/blockstacks/3', 'edit'],
    ['POST', '/api/v1/blockstacks', 'edit'],
    ['POST', '/api/v1/blocktypes', 'admin'],
    ['PUT', '/api/v1/blocktypes/4', 'admin'],
    ['POST', '/api/v1/authenticate', 'admin'],
  ])('%s %s is %s', (method, path, action) => {
    expect(classifyKragle({ method, path, body: null })).toBe(action)
  })
})
