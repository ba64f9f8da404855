import { describe, expect, it, vi } from 'vitest'
import { createHttpClient, kindForStatus, parseRetryAfter } from './http'
import type { FetchLike } from './http'
import { AdapterError } from './types'

function stub(
  response: Response | (() => Promise<Response>),
): FetchLike & { calls: [string, RequestInit | undefined][] } {
  const calls: [string, RequestInit | undefined][] = []
  const fn = ((input: string, init?: RequestInit) => {
    calls.push([input, init])
    return typeof response === 'function' ? response() : Promise.resolve(response)
  }) as FetchLike & { calls: typeof calls }
  fn.calls = calls
  return fn
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })

async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof AdapterError))
    throw new Error(`expected an AdapterError, got ${String(error)}`)
  return error
}

describe('createHttpClient', () => {
  it('sends JSON to base + path and parses the answer', async () => {
    const fetch = stub(json({ ok: 1 }))
    const http = createHttpClient('/api/backend/', { fetch, headers: { 'x-test': '1' } })
    await expect(http.request('/x?y=1', { method: 'PATCH', body: { a: 1 } })).resolves.toEqual({
      ok: 1,
    })
    const [url, init] = fetch.calls[0] ?? []
    expect(url).toBe('/api/backend/x?y=1')
    expect(init?.method).toBe('PATCH')
    expect(init?.body).toBe('{"a":1}')
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json', 'x-test': '1' })
  })

  it.each([
    [400, 'bad-request'],
    [401, 'auth'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [413, 'validation'],
    [422, 'validation'],
    [429, 'rate-limited'],
    [500, 'server'],
    [503, 'server'],
  ] as const)('maps HTTP %i to %s with the backend message and body', async (status, kind) => {
    const body = { error: 'E', message: `message ${status}` }
    const http = createHttpClient('', { fetch: stub(json(body, status)) })
    const error = await failure(http.request('/x'))
    expect(error.kind).toBe(kind)
    expect(error.message).toBe(`message ${status}`)
    expect(error.details).toMatchObject({ status, body })
  })

  it('reads Retry-After on 429', async () => {
    const http = createHttpClient('', {
      fetch: stub(json({ message: 'slow down' }, 429, { 'retry-after': '7' })),
    })
    const error = await failure(http.request('/x'))
    expect(error.details.retryAfterMs).toBe(7000)
  })

  it('falls back to the status line when the error body is not JSON', async () => {
    const http = createHttpClient('', {
      fetch: stub(new Response('<html>oops</html>', { status: 502, statusText: 'Bad Gateway' })),
    })
    const error = await failure(http.request('/x'))
    expect(error).toMatchObject({ kind: 'server', message: 'HTTP 502 Bad Gateway' })
  })

  it('turns a fetch TypeError into a network error', async () => {
    const http = createHttpClient('', {
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    })
    const error = await failure(http.request('/x'))
    expect(error.kind).toBe('network')
    expect(error.message).toContain('Failed to fetch')
  })

  it('unparsable success bodies are malformed', async () => {
    const http = createHttpClient('', { fetch: stub(new Response('{"a":', { status: 200 })) })
    expect((await failure(http.request('/x'))).kind).toBe('malformed')
  })

  it('caps the response size, declared or streamed', async () => {
    const big = 'x'.repeat(2000)
    const declared = createHttpClient('', {
      maxBytes: 1000,
      fetch: stub(new Response(big, { headers: { 'content-length': '2000' } })),
    })
    expect((await failure(declared.request('/x'))).kind).toBe('malformed')
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i += 1)
          controller.enqueue(new TextEncoder().encode(big.slice(0, 500)))
        controller.close()
      },
    })
    const undeclared = createHttpClient('', { maxBytes: 1000, fetch: stub(new Response(streamed)) })
    const error = await failure(undeclared.request('/x'))
    expect(error).toMatchObject({ kind: 'malformed' })
    expect(error.message).toContain('1000')
  })

  it('reads an answer that arrives in many chunks, with a character split between two', async () => {
    const body = JSON.stringify({ title: 'Café – “quoted” ✓', items: ['a', 'b', 'ü'] })
    const bytes = new TextEncoder().encode(body)
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        // Three-byte pieces: the multi-byte characters are cut in the middle.
        for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3))
        controller.close()
      },
    })
    const http = createHttpClient('', { fetch: stub(new Response(streamed)) })
    expect(await http.request('/x')).toEqual(JSON.parse(body))
  })

  it('times out with a timeout error', async () => {
    vi.useFakeTimers()
    try {
      const hanging: FetchLike = (_input, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          )
        })
      const http = createHttpClient('', { fetch: hanging, timeoutMs: 5000 })
      const pending = failure(http.request('/x'))
      await vi.advanceTimersByTimeAsync(5000)
      expect((await pending).kind).toBe('timeout')
    } finally {
      vi.useRealTimers()
    }
  })

  it("passes a caller's abort through unchanged", async () => {
    const controller = new AbortController()
    const hanging: FetchLike = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        )
      })
    const http = createHttpClient('', { fetch: hanging })
    const pending = http.request('/x', { signal: controller.signal })
    controller.abort(new Error('cancelled by caller'))
    await expect(pending).rejects.toThrow('cancelled by caller')
  })
})

describe('helpers', () => {
  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('3')).toBe(3000)
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).toBe(10_000)
    expect(parseRetryAfter(null)).toBeUndefined()
    expect(parseRetryAfter('soon')).toBeUndefined()
  })

  it('maps unknown 4xx to bad-request and 5xx to server', () => {
    expect(kindForStatus(418)).toBe('bad-request')
    expect(kindForStatus(504)).toBe('server')
  })
})

describe('a refused server-side login', () => {
  const answer = (code: string) => async () =>
    new Response(
      JSON.stringify({
        message: 'The backend refused the login.',
        errors: [{ path: 'backend-login', message: 'refused', code }],
      }),
      { status: 503, headers: { 'content-type': 'application/json' } },
    )

  it('is final (auth) for wrong or missing credentials, and retryable otherwise', async () => {
    for (const [code, kind] of [
      ['WRONG_CREDENTIALS', 'auth'],
      ['NO_CREDENTIALS', 'auth'],
      ['LOGIN_FAILED', 'server'],
    ] as const) {
      const client = createHttpClient('/api/backend', { fetch: answer(code) })
      await expect(client.request('/x')).rejects.toMatchObject({ kind })
    }
  })
})
