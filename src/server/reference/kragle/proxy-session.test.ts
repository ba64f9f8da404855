import { afterEach, describe, expect, it, vi } from 'vitest'
import { kragleSessionAuth } from './proxy-session'
import { classifyKragle } from './reference-backend'

const loginAnswer = (value: string, maxAge: number) =>
  new Response('{"authenticated":true}', {
    headers: { 'set-cookie': `kragle_session=${value}; Max-Age=${maxAge}; Path=/; HttpOnly` },
  })

afterEach(() => vi.useRealTimers())

describe('kragleSessionAuth', () => {
  it('logs in once, sends the cookie, and logs in again shortly before it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const calls: { url: string; body: unknown }[] = []
    let serial = 0
    const fakeFetch = vi.fn((url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), body: JSON.parse(String(init?.body)) })
      serial += 1
      return Promise.resolve(loginAnswer(`s${serial}`, 120))
    }) as unknown as typeof fetch
    const authorize = kragleSessionAuth(
      'editor',
      'pw-secret',
      () => 'http://k/ref/kragle',
      fakeFetch,
    )
    const headers = [new Headers(), new Headers(), new Headers()]
    await Promise.all([authorize(headers[0] as Headers), authorize(headers[1] as Headers)])
    expect(calls).toEqual([
      {
        url: 'http://k/ref/kragle/api/v1/authenticate',
        body: { username: 'editor', password: 'pw-secret' },
      },
    ])
    expect(headers[0]?.get('cookie')).toBe('kragle_session=s1')
    vi.setSystemTime(Date.now() + 95_000)
    await authorize(headers[2] as Headers)
    expect(calls).toHaveLength(2)
    expect(headers[2]?.get('cookie')).toBe('kragle_session=s2')
  })

  it('forwards without a cookie when the login is refused, and tries again next time', async () => {
    const fakeFetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('{"code":3,"msg":"wrong"}', { status: 403 }))
      .mockResolvedValueOnce(loginAnswer('ok', 60)) as unknown as typeof fetch
    const authorize = kragleSessionAuth('editor', 'pw', () => 'http://k', fakeFetch)
    const first = new Headers()
    await authorize(first)
    expect(first.get('cookie')).toBeNull()
    const second = new Headers()
    await authorize(second)
    expect(second.get('cookie')).toBe('kragle_session=ok')
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
