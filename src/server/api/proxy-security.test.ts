// Proxy answers are data: against a scripted upstream that answers HTML, echoes the key in
// headers and in every encoding, reads override and forwarding headers, and expects 100-continue.
import { serve, type ServerType } from '@hono/node-server'
import { Hono } from 'hono'
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { originOf } from '../app'
import { compressJson } from '../http/compress'
import { requestId } from '../http/request-id'
import { securityHeaders } from '../http/security-headers'
import { SLOW } from '../test-support'
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

const b64 = (text: string): string => Buffer.from(text).toString('base64')

describe('proxy answers are data', () => {
  let upstream: { server: ServerType; origin: string }
  let proxy: { server: ServerType; origin: string }

  beforeAll(async () => {
    const fake = new Hono()
    fake.get('/base/html', (c) =>
      c.html('<script src="/api/backend/x.js"></script><p>hello</p>', 200),
    )
    fake.get('/base/svg', (c) =>
      c.body('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>', 200, {
        'Content-Type': 'image/svg+xml',
      }),
    )
    fake.get('/base/png', (c) =>
      c.body(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 200, { 'Content-Type': 'image/png' }),
    )
    fake.get('/base/headers-echo', (c) =>
      c.json({ ok: true }, 200, {
        ETag: `"${KEY}"`,
        'Cache-Control': `max-age=1, key=${KEY}`,
        'Retry-After': b64(`users API-Key ${KEY}`),
        'Last-Modified': encodeURIComponent(KEY),
      }),
    )
    fake.get('/base/body/:form', (c) => {
      const form = c.req.param('form')
      const echoed: Record<string, string> = {
        plain: `bad key ${KEY}`,
        base64: b64(`Authorization: users API-Key ${KEY}`),
        base64url: Buffer.from(`x${KEY}`).toString('base64url'),
        url: encodeURIComponent(`key=${KEY}&`).replace(/-/g, '%2D'),
        hex: Buffer.from(KEY).toString('hex'),
        unicode: [...KEY]
          .map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
          .join(''),
      }
      // Written by hand: JSON's own \\u escapes are a form the browser decodes.
      return c.body(`{"message":"${echoed[form] ?? 'none'}"}`, 401, {
        'Content-Type': 'application/json',
      })
    })
    fake.all('/base/echo', async (c) =>
      c.json({
        method: c.req.method,
        headers: Object.fromEntries(c.req.raw.headers),
        body: await c.req.text(),
        url: c.req.url,
      }),
    )
    fake.get('/base/large', (c) =>
      c.json({ items: Array.from({ length: 5000 }, (_, i) => ({ id: i, text: 'block text' })) }),
    )
    upstream = await listen(fake.fetch)

    const app = new Hono()
    app.use('*', requestId())
    app.use('*', securityHeaders())
    app.use('*', compressJson())
    mountProxy(app, {
      target: () => `${upstream.origin}/base`,
      secret: () => KEY,
      authorize: headerAuth('Authorization', `users API-Key ${KEY}`),
      timeoutMs: 2000,
      bodyLimitBytes: 1 << 20,
      responseLimitBytes: 1 << 22,
      mediaTypes: ['image/png'],
      log: () => undefined,
    })
    proxy = await listen(app.fetch)
  }, SLOW)

  afterAll(async () => {
    await stop(proxy.server)
    await stop(upstream.server)
  }, SLOW)

  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${proxy.origin}/api/backend${path}`, init)

  it('serves a backend HTML or SVG answer as a sandboxed attachment, never as a page', async () => {
    for (const path of ['/html', '/svg']) {
      const response = await call(path)
      expect(response.headers.get('content-type')).toBe('application/octet-stream')
      expect(response.headers.get('content-disposition')).toMatch(/^attachment/)
      expect(response.headers.get('content-security-policy')).toMatch(/^sandbox/)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('keeps JSON and the media types the backend declares, sandboxed too', async () => {
    const png = await call('/png')
    expect(png.headers.get('content-type')).toBe('image/png')
    expect(png.headers.get('content-security-policy')).toMatch(/^sandbox/)
    const json = await call('/echo')
    expect(json.headers.get('content-type')).toMatch(/^application\/json/)
    expect(json.headers.get('content-disposition')).toBeNull()
    expect(json.headers.get('content-security-policy')).toMatch(/^sandbox/)
  })

  it('drops every answer header that echoes the key, in clear or encoded', async () => {
    const response = await call('/headers-echo')
    expect(response.status).toBe(200)
    for (const name of ['etag', 'cache-control', 'retry-after', 'last-modified']) {
      expect(response.headers.get(name), name).toBeNull()
    }
    const all = JSON.stringify([...response.headers])
    expect(all).not.toContain(KEY)
    expect(all).not.toContain(b64(KEY).slice(4, 20))
  })

  it('never hands over a body that echoes the key, whatever the encoding', async () => {
    const plain = await call('/body/plain')
    expect(await plain.text()).toContain('bad key [redacted]')
    for (const form of ['base64', 'base64url', 'url', 'hex', 'unicode']) {
      const response = await call(`/body/${form}`)
      const text = await response.text()
      expect(response.status, form).toBe(502)
      expect(text, form).toMatch(/echoed its credential/)
    }
  })

  it('forwards no hop-by-hop, method-override or forwarding header', async () => {
    const response = await call('/echo', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-HTTP-Method-Override': 'DELETE',
        'X-Method-Override': 'DELETE',
        'X-HTTP-Method': 'DELETE',
        Forwarded: 'for=1.2.3.4;host=evil.example',
        'X-Forwarded-For': '1.2.3.4',
        'X-Real-IP': '1.2.3.4',
        Via: '1.1 evil',
        'X-Custom': 'kept',
      },
      body: '{}',
    })
    const seen = (await response.json()) as { method: string; headers: Record<string, string> }
    expect(seen.method).toBe('POST')
    for (const name of [
      'x-http-method-override',
      'x-method-override',
      'x-http-method',
      'forwarded',
      'x-forwarded-for',
      'x-real-ip',
      'via',
    ]) {
      expect(seen.headers, name).not.toHaveProperty(name)
    }
    expect(seen.headers['x-custom']).toBe('kept')
    // A header the Connection header names is hop-by-hop too (fetch cannot send one: node:http).
    const hop = await new Promise<string>((resolve, reject) => {
      const url = new URL(`${proxy.origin}/api/backend/echo`)
      httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          headers: { Connection: 'keep-alive, X-Secret-Hop', 'X-Secret-Hop': 'hop' },
        },
        (res) => {
          let text = ''
          res.on('data', (chunk: Buffer) => (text += chunk.toString()))
          res.on('end', () => resolve(text))
        },
      )
        .on('error', reject)
        .end()
    })
    expect((JSON.parse(hop) as { headers: Record<string, string> }).headers).not.toHaveProperty(
      'x-secret-hop',
    )
    const query = (await (await call('/echo?_method=DELETE&a=1')).json()) as { url: string }
    expect(query.url).toBe(`${upstream.origin}/base/echo?a=1`)
  })

  it('handles Expect: 100-continue uploads (no 502)', async () => {
    const body = JSON.stringify({ draft: true, blob: 'x'.repeat(50_000) })
    const result = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const url = new URL(`${proxy.origin}/api/backend/echo`)
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'PUT',
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
            Expect: '100-continue',
          },
        },
        (res) => {
          let text = ''
          res.on('data', (chunk: Buffer) => (text += chunk.toString()))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
        },
      )
      req.on('error', reject)
      req.on('continue', () => req.end(body))
    })
    expect(result.status).toBe(200)
    const seen = JSON.parse(result.text) as { body: string; headers: Record<string, string> }
    expect(seen.body).toBe(body)
    expect(seen.headers).not.toHaveProperty('expect')
  })

  it('compresses a large JSON answer with brotli or gzip, as the browser asks', async () => {
    const br = await call('/large', { headers: { 'Accept-Encoding': 'br' } })
    expect(br.headers.get('content-encoding')).toBe('br')
    const gzip = await call('/large', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    // fetch decodes them: the JSON arrives whole.
    expect(((await br.json()) as { items: unknown[] }).items).toHaveLength(5000)
    expect(((await gzip.json()) as { items: unknown[] }).items).toHaveLength(5000)
    // Raw bytes over node:http: really compressed, and smaller.
    const raw = await new Promise<{ encoding: string; bytes: Buffer }>((resolve, reject) => {
      const url = new URL(`${proxy.origin}/api/backend/large`)
      httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          headers: { 'Accept-Encoding': 'gzip, br' },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () =>
            resolve({
              encoding: String(res.headers['content-encoding']),
              bytes: Buffer.concat(chunks),
            }),
          )
        },
      )
        .on('error', reject)
        .end()
    })
    expect(raw.encoding).toBe('br')
    const decoded = brotliDecompressSync(raw.bytes)
    expect(raw.bytes.length).toBeLessThan(decoded.length / 4)
    expect(JSON.parse(decoded.toString()).items).toHaveLength(5000)
    const small = await call('/echo', { headers: { 'Accept-Encoding': 'br' } })
    expect(small.headers.get('content-encoding')).toBeNull()
  })
})
