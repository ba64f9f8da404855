// The /api/backend proxy over real HTTP: against a scripted upstream (to see exactly what it
// receives) and against the server's own Basker reference backend.
import { serve, type ServerType } from '@hono/node-server'
import { Hono } from 'hono'
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { originOf } from '../app'
import { requestId } from '../http/request-id'
import { startTestServer, type TestServer, SLOW } from '../test-support'
import { headerAuth, mountProxy } from './proxy'

const KEY = 'upstream-secret-key-0123456789'

const listen = (
  fetch: (request: Request) => Response | Promise<Response>,
): Promise<{ server: ServerType; origin: string }> =>
  new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ server, origin: originOf('127.0.0.1', info.port) }),
    )
  })

const stop = (server: ServerType): Promise<void> =>
  new Promise((resolve) => {
    if ('closeAllConnections' in server) server.closeAllConnections()
    server.close(() => resolve())
  })

describe('proxy to a scripted upstream', () => {
  let upstream: { server: ServerType; origin: string }
  let proxy: { server: ServerType; origin: string }
  const logs: string[] = []
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })

  beforeAll(async () => {
    const fake = new Hono()
    fake.all('/base/echo/*', async (c) =>
      c.json({
        method: c.req.method,
        url: c.req.url,
        headers: Object.fromEntries(c.req.raw.headers),
        body: await c.req.text(),
      }),
    )
    fake.get('/base/redirect', (c) => c.redirect(`${upstream.origin}/base/echo/followed`, 302))
    fake.get('/base/slow', async (c) => {
      await held
      return c.text('too late')
    })
    fake.get('/base/leak', (c) => c.json({ message: `bad key ${KEY}` }, 401))
    fake.get('/base/big', (c) => c.text('x'.repeat(4096)))
    fake.get('/base/limited', (c) =>
      c.json({ error: 'Too Many Requests' }, 429, { 'Retry-After': '7', 'Set-Cookie': 'a=b' }),
    )
    upstream = await listen(fake.fetch)

    const app = new Hono()
    app.use('*', requestId())
    mountProxy(app, {
      target: () => `${upstream.origin}/base`,
      secret: () => KEY,
      authorize: headerAuth('Authorization', `users API-Key ${KEY}`),
      timeoutMs: 300,
      bodyLimitBytes: 1024,
      responseLimitBytes: 1024,
      log: (line) => logs.push(line),
    })
    proxy = await listen(app.fetch)
  }, SLOW)

  afterAll(async () => {
    release()
    await stop(proxy.server)
    await stop(upstream.server)
  }, SLOW)

  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${proxy.origin}/api/backend${path}`, init)

  it('adds the key server-side and drops the credentials the browser sent', async () => {
    const response = await call('/echo/pages?draft=true&where[title][like]=a', {
      method: 'PATCH',
      headers: {
        Authorization: 'Bearer from-browser',
        Cookie: 'session=abc',
        'X-Api-Key': 'browser-key',
        'X-User-Token': 'browser-token',
        'Proxy-Authorization': 'Basic eHg6eXk=',
        'Content-Type': 'application/json',
        'X-Custom': 'kept',
      },
      body: '{"draft":true}',
    })
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).not.toContain(KEY)
    // The upstream saw the key; the proxy redacted it from what it echoed back.
    expect(text).toContain('users API-Key [redacted]')
    const seen = JSON.parse(text) as {
      method: string
      url: string
      headers: Record<string, string>
      body: string
    }
    expect(seen.method).toBe('PATCH')
    expect(seen.url).toBe(`${upstream.origin}/base/echo/pages?draft=true&where[title][like]=a`)
    expect(seen.body).toBe('{"draft":true}')
    expect(seen.headers['x-custom']).toBe('kept')
    for (const name of ['cookie', 'x-api-key', 'x-user-token', 'proxy-authorization']) {
      expect(seen.headers).not.toHaveProperty(name)
    }
    expect(text).not.toMatch(/from-browser|browser-key|browser-token|session=abc/)
  })

  it('passes statuses, bodies and Retry-After through, but no cookies', async () => {
    const response = await call('/limited')
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('7')
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(await response.json()).toEqual({ error: 'Too Many Requests' })
    const leak = await call('/leak')
    expect(leak.status).toBe(401)
    expect(await leak.text()).not.toContain(KEY)
  })

  it('refuses paths that would climb out of the backend base URL', async () => {
    // fetch would normalise the dots away before sending; a raw client does not. The server
    // resolves them (as a URL) before routing, so the path leaves /api/backend instead.
    const { port } = new URL(proxy.origin)
    const raw = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port, path: '/api/backend/%2e%2e/%2E%2E/echo/x' },
        (response) => {
          let body = ''
          response.on('data', (chunk: Buffer) => (body += chunk.toString()))
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
        },
      )
      request.on('error', reject)
      request.end()
    })
    expect(raw.status).toBe(404)
    expect(raw.body).not.toContain(upstream.origin)
  })

  it('answers 502 for a redirect instead of following it', async () => {
    const response = await call('/redirect')
    expect(response.status).toBe(502)
    expect(((await response.json()) as { message: string }).message).toMatch(/redirect \(302\)/)
  })

  it('answers 504 when the backend is too slow', async () => {
    const response = await call('/slow')
    expect(response.status).toBe(504)
    expect(((await response.json()) as { message: string }).message).toMatch(/300 ms/)
  })

  it('caps request bodies (413) and responses (502)', async () => {
    const big = await call('/echo/x', { method: 'POST', body: 'y'.repeat(2048) })
    expect(big.status).toBe(413)
    const huge = await call('/big')
    expect(huge.status).toBe(502)
    expect(((await huge.json()) as { message: string }).message).toMatch(/1024 bytes/)
  })

  it('logs one line per request without query strings or credentials', () => {
    expect(logs.length).toBeGreaterThanOrEqual(5)
    expect(logs.some((line) => /^proxy GET \/redirect 502 \d+ms$/.test(line))).toBe(true)
    for (const line of logs) {
      expect(line).toMatch(/^proxy [A-Z]+ \/\S* \d{3} \d+ms$/)
      expect(line).not.toContain(KEY)
      expect(line).not.toContain('?')
    }
  })
})

describe('proxy to the built-in reference backend', () => {
  let server: TestServer
  let http: { server: ServerType; origin: string }

  beforeAll(async () => {
    server = await startTestServer()
    http = await listen(server.app.fetch)
    server.setOrigin(http.origin)
  }, SLOW)
  afterAll(async () => {
    await stop(http.server)
    await server.dispose()
  }, SLOW)

  it('reads and writes through the proxy without the browser ever holding the key', async () => {
    const base = `${http.origin}/api/backend/partners/2026-02/demo`
    const read = await fetch(`${base}/pages/home?draft=true`, {
      headers: { Authorization: 'users API-Key wrong' },
    })
    expect(read.status).toBe(200)
    const text = await read.text()
    expect(text).not.toContain(server.referenceKey)
    const record = JSON.parse(text) as { updatedAt: string }
    const write = await fetch(`${base}/pages/home/blocks`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        draft: true,
        ifUpdatedAt: record.updatedAt,
        operations: [{ op: 'remove', blockId: 'home-quote' }],
      }),
    })
    expect(write.status).toBe(200)
    const stale = await fetch(`${base}/pages/home/blocks`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ draft: true, ifUpdatedAt: record.updatedAt, operations: [] }),
    })
    expect(stale.status).toBe(409)
    expect(stale.headers.get('content-security-policy')).toMatch(/^sandbox/)
    expect(stale.headers.get('x-content-type-options')).toBe('nosniff')
    expect(
      server.logs.some((line) =>
        /^proxy PATCH \/partners\/2026-02\/demo\/pages\/home\/blocks 409 \d+ms$/.test(line),
      ),
    ).toBe(true)
    expect(server.logs.join('\n')).not.toContain(server.referenceKey)
  })
})

describe('proxy: no other host, whatever the path or the answer says', () => {
  let evil: { server: ServerType; origin: string }
  let upstream: { server: ServerType; origin: string }
  let proxy: { server: ServerType; origin: string }
  const evilHits: string[] = []
  const upstreamHits: string[] = []
  const logs: string[] = []

  beforeAll(async () => {
    evil = await listen((request) => {
      evilHits.push(`${request.method} ${request.url} ${request.headers.get('authorization')}`)
      return new Response('stolen', { status: 200 })
    })
    const fake = new Hono()
    fake.all('*', (c) => {
      upstreamHits.push(new URL(c.req.url).pathname)
      if (c.req.path === '/base/away') return c.redirect(`${evil.origin}/collect`, 307)
      return c.json({ host: new URL(c.req.url).host, path: new URL(c.req.url).pathname })
    })
    upstream = await listen(fake.fetch)
    const app = new Hono()
    mountProxy(app, {
      target: () => `${upstream.origin}/base`,
      secret: () => KEY,
      authorize: headerAuth('Authorization', `users API-Key ${KEY}`),
      timeoutMs: 2000,
      bodyLimitBytes: 1024,
      responseLimitBytes: 1024,
      log: (line) => logs.push(line),
    })
    proxy = await listen(app.fetch)
  }, SLOW)

  afterAll(async () => {
    await stop(proxy.server)
    await stop(upstream.server)
    await stop(evil.server)
  }, SLOW)

  /** A raw request: no client-side normalisation of the path. */
  const raw = (path: string): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const { port } = new URL(proxy.origin)
      const request = httpRequest({ host: '127.0.0.1', port, path }, (response) => {
        let body = ''
        response.on('data', (chunk: Buffer) => (body += chunk.toString()))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      })
      request.on('error', reject)
      request.end()
    })

  it('path tricks (//host, @host, encoded slashes and dots, backslashes) stay on the backend', async () => {
    const host = new URL(evil.origin).host
    const tricks = [
      `/api/backend//${host}/x`,
      `/api/backend/@${host}/x`,
      `/api/backend@${host}/x`,
      `/api/backend/..%2f..%2f${host}/x`,
      `/api/backend/%2F%2F${host}/x`,
      `/api/backend/%5c%5c${host}/x`,
      `/api/backend/\\\\${host}/x`,
      `/api/backend/http://${host}/x`,
      `/api/backend/.%2e/.%2e/${host}`,
    ]
    for (const path of tricks) {
      const answer = await raw(path)
      // Either refused here (not a proxy path) or forwarded to the configured backend only.
      if (answer.status === 200) {
        const seen = JSON.parse(answer.body) as { host: string; path: string }
        expect(seen.host).toBe(new URL(upstream.origin).host)
        expect(seen.path.startsWith('/base/')).toBe(true)
      } else {
        // 404: not a proxy path; 400: Node's HTTP parser refuses the request line.
        expect([400, 404], path).toContain(answer.status)
      }
    }
    expect(evilHits).toEqual([])
    expect(upstreamHits.length).toBeGreaterThan(0)
  })

  it('a redirect to another host is answered 502, never followed (the key stays home)', async () => {
    const response = await fetch(`${proxy.origin}/api/backend/away`)
    expect(response.status).toBe(502)
    expect(response.headers.get('location')).toBeNull()
    expect(await response.text()).not.toContain(evil.origin)
    expect(evilHits).toEqual([])
  })

  it('never logs the credential, the query or a browser-sent key', async () => {
    await fetch(`${proxy.origin}/api/backend/x?api_key=${KEY}`, {
      headers: { Authorization: `users API-Key ${KEY}-from-browser` },
    })
    expect(logs.length).toBeGreaterThan(0)
    for (const line of logs) {
      expect(line).not.toContain(KEY)
      expect(line).not.toContain('api_key')
    }
  })
})
