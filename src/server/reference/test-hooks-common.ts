// Test hooks shared by every reference backend (mounted only with REFERENCE_TEST_HOOKS=1): a log
// of the write requests a backend received, failures injected into chosen writes, and a reset.
// A failure can be aimed at the Nth matching write from now (`afterRequests`, how multi-request
// flushes are broken in the middle), and can be answered after the write was applied
// (`applied`, an answer lost on the way back: the ambiguous case a client must not repeat).
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { jsonError } from '../http/errors'

export interface RecordedRequest {
  method: string
  /** Relative to the backend's mount, with the query string when the backend keeps it. */
  path: string
  /** The parsed JSON body; the raw text when it is not JSON; null when empty. */
  body: unknown
  /** Set when the hook answered this write with an injected failure. */
  injectedStatus?: number
  /** Set with injectedStatus when the write was applied before the failure was answered. */
  applied?: boolean
}

export interface FailureRequest {
  status: number
  /** How many writes in a row fail (default 1). */
  count?: number
  /** Matching writes still let through before the first failure (default 0). */
  afterRequests?: number
  /** The error body to answer with instead of the backend's usual one. */
  body?: unknown
  /** Apply the write, then answer the failure (default false: nothing is written). */
  applied?: boolean
}

interface PendingFailure {
  status: number
  skip: number
  remaining: number
  body?: unknown
  applied: boolean
}

export class RequestLog {
  readonly requests: RecordedRequest[] = []
  private failure: PendingFailure | null = null

  clear(): void {
    this.requests.length = 0
  }

  failNext(request: FailureRequest): void {
    this.failure = {
      status: request.status,
      skip: request.afterRequests ?? 0,
      remaining: request.count ?? 1,
      applied: request.applied ?? false,
      ...(request.body === undefined ? {} : { body: request.body }),
    }
  }

  cancelFailures(): void {
    this.failure = null
  }

  /** Called once per matching write: the failure to answer with, or null to let it through. */
  takeFailure(): PendingFailure | null {
    const failure = this.failure
    if (!failure) return null
    if (failure.skip > 0) {
      failure.skip -= 1
      return null
    }
    failure.remaining -= 1
    if (failure.remaining <= 0) this.failure = null
    return failure
  }
}

export const parseBody = (text: string): unknown => {
  if (text === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export interface RecordOptions {
  /** Where the backend is mounted in the server; stripped from logged paths. */
  basePath: string
  /** Keep the query string in logged paths (Tines' include_children, say). */
  withQuery?: boolean
  /** Which writes a failure may hit (default: every write). */
  injectable?: (method: string, path: string) => boolean
  /** The backend's own error answer for an injected status (default: the server's JSON error). */
  answer?: (c: Context, status: number) => Response
  /** Which requests are logged (default: writes). */
  logged?: (method: string, path: string) => boolean
}

const defaultAnswer = (c: Context, status: number): Response =>
  jsonError(c, status as ContentfulStatusCode, `Injected failure ${status} (test hook).`)

/** Records writes and answers injected failures; mounted in front of a backend's routes. */
export const recordAndInject =
  (log: RequestLog, options: RecordOptions): MiddlewareHandler =>
  async (c, next) => {
    const method = c.req.method.toUpperCase()
    const stripped = c.req.path.startsWith(options.basePath)
      ? c.req.path.slice(options.basePath.length)
      : c.req.path
    const logged = options.logged ?? ((m: string) => WRITES.has(m))
    if (!logged(method, stripped)) return next()
    const path = options.withQuery ? stripped + new URL(c.req.url).search : stripped
    const entry: RecordedRequest = { method, path, body: parseBody(await c.req.text()) }
    const injectable = options.injectable ?? (() => true)
    const failure = WRITES.has(method) && injectable(method, stripped) ? log.takeFailure() : null
    if (!failure) {
      log.requests.push(entry)
      return next()
    }
    log.requests.push({
      ...entry,
      injectedStatus: failure.status,
      ...(failure.applied ? { applied: true } : {}),
    })
    if (failure.applied) await next()
    if (failure.status === 429) c.header('Retry-After', '1')
    const response =
      failure.body !== undefined
        ? c.json(failure.body, failure.status as ContentfulStatusCode)
        : (options.answer ?? defaultAnswer)(c, failure.status)
    // After next() the backend's answer is already set; replacing it loses it, as a dropped
    // answer would.
    if (failure.applied) c.res = response
    return response
  }

const wholeAtLeast = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min

/** /__test/<backend>: the request log, failure injection and reset. */
export const testHookRoutes = (log: RequestLog, reset: () => Promise<void>): Hono => {
  const app = new Hono()
  app.get('/requests', (c) => c.json(log.requests))
  app.delete('/requests', (c) => {
    log.clear()
    return c.body(null, 204)
  })
  app.post('/fail-next', async (c) => {
    let body: unknown
    try {
      body = await c.req.json()
    } catch {
      return jsonError(
        c,
        400,
        'The body must be JSON: {status, count?, afterRequests?, body?, applied?}.',
      )
    }
    const fields = isObject(body) ? body : {}
    const { status } = fields
    const count = fields.count ?? 1
    const afterRequests = fields.afterRequests ?? 0
    const applied = fields.applied ?? false
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) {
      return jsonError(c, 400, 'status must be an HTTP error status (400–599).')
    }
    if (!wholeAtLeast(count, 1)) return jsonError(c, 400, 'count must be a whole number ≥ 1.')
    if (!wholeAtLeast(afterRequests, 0)) {
      return jsonError(c, 400, 'afterRequests must be a whole number ≥ 0.')
    }
    if (typeof applied !== 'boolean') return jsonError(c, 400, 'applied must be true or false.')
    log.failNext({
      status,
      count,
      afterRequests,
      applied,
      ...(fields.body === undefined ? {} : { body: fields.body }),
    })
    return c.json({ status, count, afterRequests, applied })
  })
  app.post('/reset', async (c) => {
    await reset()
    log.cancelFailures()
    return c.json({ reset: true })
  })
  return app
}
