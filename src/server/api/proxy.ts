// /api/backend/*: forwards to the configured backend over real HTTP and adds its credential
// server-side, so no key ever reaches the browser. Whatever credential-like header the browser
// sends is dropped (proxy-headers.ts); redirects are never followed (they could carry the key
// elsewhere); answers are data, never pages, and never carry the credential (proxy-answer.ts).
import type { Context, Hono } from 'hono'
import { limitBody } from '../http/body-limit'
import { jsonError } from '../http/errors'
import type { ProxyAuthorizer } from '../reference/registry-types'
import { allowedType, answerHeaders, secretCheck } from './proxy-answer'
import { forwardHeaders, OVERRIDE_PARAMS, PASSED_BACK } from './proxy-headers'

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
  /** Types besides JSON the backend's answers may keep (e.g. its media); the rest are attachments. */
  mediaTypes?: readonly string[]
  log: (line: string) => void
}

const PREFIX = '/api/backend'

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

/** The values the authorizer added (a key, a bearer, a session cookie): secrets too. */
const addedValues = (before: Headers, after: Headers): string[] => {
  const added: string[] = []
  after.forEach((value, name) => {
    if (before.get(name) !== value) added.push(value, ...value.split(/[;\s]+/))
  })
  return added
}

const forward = async (c: Context, options: ProxyOptions): Promise<Response> => {
  const url = new URL(c.req.url)
  const rest = url.pathname.slice(PREFIX.length)
  // Rewritten only when an override is there: re-encoding the query could change what it says.
  if (OVERRIDE_PARAMS.some((name) => url.searchParams.has(name))) {
    for (const name of OVERRIDE_PARAMS) url.searchParams.delete(name)
  }
  const target = `${options.target()}${rest}${url.search}`
  const method = c.req.method
  const headers = forwardHeaders(c.req.raw.headers)
  const unauthorized = new Headers(headers)
  await options.authorize(headers)
  const secrets = secretCheck([options.secret(), ...addedValues(unauthorized, headers)])
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
  if (upstream.status >= 300 && upstream.status < 400 && upstream.status !== 304) {
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
  const contentType = upstream.headers.get('content-type')
  const keptType = allowedType(contentType, options.mediaTypes ?? [])
  const out = new Headers()
  for (const name of PASSED_BACK) {
    const value = upstream.headers.get(name)
    // A header that holds the credential in any form is dropped whole.
    if (value === null || name === 'content-type') continue
    if (secrets.plainIn(value) || secrets.encoded(value)) continue
    out.set(name, value)
  }
  answerHeaders(out, keptType, contentType !== null)
  const status = upstream.status
  if (method === 'HEAD' || status === 204 || status === 304) {
    return new Response(null, { status, headers: out })
  }
  const textual = keptType === null || /json/i.test(keptType)
  const payload = textual
    ? redactText(bytes, secrets)
    : secrets.plainIn(bytes.toString('latin1')) || secrets.encoded(bytes.toString('latin1'))
      ? null
      : bytes
  if (payload === null) {
    options.log(`proxy withheld an answer that held the backend credential (${status})`)
    return jsonError(
      c,
      502,
      'The backend echoed its credential in a form that cannot be removed; the answer was withheld.',
    )
  }
  return new Response(payload, { status, headers: out })
}

/**
 * A backend that echoes the key back (in an error message, say) must not hand it to the browser:
 * plain copies are cut out; an encoded copy (base64, hex, escaped) withholds the whole answer.
 */
const redactText = (
  bytes: Buffer<ArrayBuffer>,
  secrets: ReturnType<typeof secretCheck>,
): Buffer<ArrayBuffer> | null => {
  const text = bytes.toString('latin1')
  if (secrets.plainIn(text)) {
    const redacted = secrets.redact(bytes.toString('utf8'))
    return secrets.encoded(redacted) ? null : Buffer.from(redacted)
  }
  return secrets.encoded(text) ? null : bytes
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
