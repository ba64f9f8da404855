// /api/backend/*: forwards to the configured backend over real HTTP and adds its credential
// server-side, so no key ever reaches the browser. Whatever credential-like header the browser
// sends is dropped; redirects are never followed (they could carry the key elsewhere).
import type { Context, Hono } from 'hono'
import { limitBody } from '../http/body-limit'
import { jsonError } from '../http/errors'
import type { ProxyAuthorizer } from '../reference/registry-types'

export interface ProxyOptions {
  /** Resolved per request: the built-in backend's URL is known only once the server listens. */
  target: () => string
  /** The backend credential, only to keep it out of answers (a backend might echo it). */
  secret: () => string
  /** Adds the credential to each forwarded request (see ReferenceBackend.proxyAuth). */
  authorize: ProxyAuthorizer
  timeoutMs: number
  bodyLimitBytes: number
  responseLimitBytes: number
  log: (line: string) => void
}

const PREFIX = '/api/backend'
const DROPPED = new Set([
  'authorization',
  'cookie',
  'x-api-key',
  'x-user-token',
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'content-length',
  // fetch negotiates and decodes compression itself.
  'accept-encoding',
  'origin',
  'referer',
])
const PASSED_BACK = [
  'content-type',
  'retry-after',
  'x-request-id',
  'etag',
  'last-modified',
  'cache-control',
]

const forwardHeaders = (incoming: Headers): Headers => {
  const headers = new Headers()
  incoming.forEach((value, name) => {
    const lower = name.toLowerCase()
    if (DROPPED.has(lower) || lower.startsWith('proxy-') || lower.startsWith('x-forwarded-')) return
    headers.set(name, value)
  })
  return headers
}

/** Reads at most `limit` bytes; null when the body is larger. */
const readCapped = async (
  response: Response,
  limit: number,
): Promise<Buffer<ArrayBuffer> | null> => {
  if (!response.body) return Buffer.alloc(0)
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body.getReader()
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(part.value)
  }
  return Buffer.concat(chunks)
}

/** An authorizer that sets one header to a fixed value (most backends need no more). */
export const headerAuth =
  (name: string, value: string): ProxyAuthorizer =>
  (headers) => {
    headers.set(name, value)
  }

const isTimeout = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')

const forward = async (c: Context, options: ProxyOptions): Promise<Response> => {
  const url = new URL(c.req.url)
  const rest = url.pathname.slice(PREFIX.length)
  const target = `${options.target()}${rest}${url.search}`
  const method = c.req.method
  const headers = forwardHeaders(c.req.raw.headers)
  await options.authorize(headers)
  const body = method === 'GET' || method === 'HEAD' ? undefined : await c.req.arrayBuffer()

  let upstream: Response
  try {
    upstream = await fetch(target, {
      method,
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      ...(body === undefined ? {} : { body }),
    })
  } catch (error) {
    if (isTimeout(error)) {
      return jsonError(c, 504, `The backend did not answer within ${options.timeoutMs} ms.`)
    }
    return jsonError(c, 502, 'The backend could not be reached.')
  }
  if (upstream.status >= 300 && upstream.status < 400) {
    await upstream.body?.cancel()
    return jsonError(
      c,
      502,
      `The backend answered with a redirect (${upstream.status}); redirects are not followed.`,
    )
  }
  let bytes: Buffer<ArrayBuffer> | null
  try {
    bytes = await readCapped(upstream, options.responseLimitBytes)
  } catch (error) {
    if (isTimeout(error)) {
      return jsonError(
        c,
        504,
        `The backend did not finish answering within ${options.timeoutMs} ms.`,
      )
    }
    return jsonError(c, 502, 'The backend connection failed while answering.')
  }
  if (bytes === null) {
    return jsonError(
      c,
      502,
      `The backend's answer is larger than ${options.responseLimitBytes} bytes.`,
    )
  }
  const out = new Headers()
  for (const name of PASSED_BACK) {
    const value = upstream.headers.get(name)
    if (value !== null) out.set(name, value)
  }
  const status = upstream.status
  const payload =
    method === 'HEAD' || status === 204 || status === 304 ? null : redact(bytes, options.secret())
  return new Response(payload, { status, headers: out })
}

/** A backend that echoes the key back (in an error message, say) must not hand it to the browser. */
const redact = (bytes: Buffer<ArrayBuffer>, key: string): Buffer<ArrayBuffer> => {
  if (key === '' || !bytes.includes(key)) return bytes
  return Buffer.from(bytes.toString('utf8').split(key).join('[redacted]'))
}

export const mountProxy = (app: Hono, options: ProxyOptions): void => {
  app.use(`${PREFIX}/*`, limitBody(options.bodyLimitBytes))
  app.all(`${PREFIX}/*`, async (c) => {
    const started = performance.now()
    const response = await forward(c, options)
    const ms = Math.round(performance.now() - started)
    // Path only: a query string could hold anything the client put there.
    options.log(
      `proxy ${c.req.method} ${c.req.path.slice(PREFIX.length) || '/'} ${response.status} ${ms}ms`,
    )
    return response
  })
}
