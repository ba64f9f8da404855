import { describe, expect, it, vi } from 'vitest'
import { csrfFetch } from './csrf-fetch'

const recorder = (status = 200) => {
  const calls: { input: string; headers: Headers }[] = []
  const fetch = async (input: string, init: RequestInit = {}) => {
    calls.push({ input, headers: new Headers(init.headers) })
    return new Response('{}', { status })
  }
  return { calls, fetch }
}

describe('csrfFetch', () => {
  it('adds the token to writes only, keeping the other headers', async () => {
    const { calls, fetch } = recorder()
    const wrapped = csrfFetch({
      token: () => 't0k',
      onUnauthorized: () => {},
      header: 'X-CSRF-Token',
      fetch,
    })
    await wrapped('/api/backend/x', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
    })
    await wrapped('/api/backend/x')
    expect(calls[0]?.headers.get('x-csrf-token')).toBe('t0k')
    expect(calls[0]?.headers.get('content-type')).toBe('application/json')
    expect(calls[1]?.headers.has('x-csrf-token')).toBe(false)
  })

  it('sends no header without a token (local admin)', async () => {
    const { calls, fetch } = recorder()
    const wrapped = csrfFetch({
      token: () => null,
      onUnauthorized: () => {},
      header: 'X-CSRF-Token',
      fetch,
    })
    await wrapped('/api/backend/x', { method: 'DELETE' })
    expect(calls[0]?.headers.has('x-csrf-token')).toBe(false)
  })

  it('reports a 401 so the app can ask for a login, and still returns the answer', async () => {
    const { fetch } = recorder(401)
    const onUnauthorized = vi.fn()
    const wrapped = csrfFetch({ token: () => 't', onUnauthorized, header: 'X-CSRF-Token', fetch })
    expect((await wrapped('/api/backend/x')).status).toBe(401)
    expect(onUnauthorized).toHaveBeenCalledOnce()
  })
})
