// Test hooks for browser tests (REFERENCE_TEST_HOOKS=1 only): a log of the write requests the
// Tines reference backend received, injected failures and a reset. Tines writes one block per
// request, so a failure can be aimed at the Nth write from now (`afterRequests`): that is how a
// test breaks a flush in the middle.
import { Hono, type MiddlewareHandler } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { jsonError } from '../../http/errors'

export interface RecordedRequest {
  method: string
  /** Relative to the backend's mount: /api/v2/cases/{case_id}/… */
  path: string
  /** The parsed JSON body; the raw text when it is not JSON; null when empty. */
  body: unknown
  /** Set when the test hook answered this write with an injected failure (nothing written). */
  injectedStatus?: number
}

interface InjectedFailure {
  status: number
  /** Writes still let through before the first failure. */
  skip: number
  remaining: number
}

const WRITES = new Set(['POST', 'PUT', 'DELETE', 'PATCH'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export class TinesTestHooks {
  readonly requests: RecordedRequest[] = []
  private failure: InjectedFailure | null = null

  clear(): void {
    this.requests.length = 0
  }

  failNext(status: number, count: number, afterRequests: number): void {
    this.failure = { status, skip: afterRequests, remaining: count }
  }

  cancelFailures(): void {
    this.failure = null
  }

  /** Called once per write: the status to answer with, or null to let it through. */
  takeFailure(): number | null {
    const failure = this.failure
    if (!failure) return null
    if (failure.skip > 0) {
      failure.skip -= 1
      return null
    }
    failure.remaining -= 1
    if (failure.remaining <= 0) this.failure = null
    return failure.status
  }
}

const parse = (text: string): unknown => {
  if (text === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** Records writes and answers injected failures; mounted in front of the Tines routes. */
export const recordAndInject =
  (hooks: TinesTestHooks, basePath: string): MiddlewareHandler =>
  async (c, next) => {
    const method = c.req.method.toUpperCase()
    if (!WRITES.has(method)) return next()
    const path = c.req.path.startsWith(basePath) ? c.req.path.slice(basePath.length) : c.req.path
    const query = new URL(c.req.url).search
    const status = hooks.takeFailure()
    // A failed write is logged too, marked, so a test can tell what was refused from what landed.
    const entry: RecordedRequest = { method, path: path + query, body: parse(await c.req.text()) }
    hooks.requests.push(status === null ? entry : { ...entry, injectedStatus: status })
    if (status === null) return next()
    if (status === 429) c.header('Retry-After', '1')
    return jsonError(
      c,
      status as ContentfulStatusCode,
      `Injected failure ${status} (test hook); nothing written.`,
    )
  }

const wholeAtLeast = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min

/** /__test/tines: the request log, failure injection and reset. */
export const tinesTestHookRoutes = (hooks: TinesTestHooks, reset: () => Promise<void>): Hono => {
  const app = new Hono()
  app.get('/requests', (c) => c.json(hooks.requests))
  app.delete('/requests', (c) => {
    hooks.clear()
    return c.body(null, 204)
  })
  app.post('/fail-next', async (c) => {
    let body: unknown
    try {
      body = await c.req.json()
    } catch {
      return jsonError(c, 400, 'The body must be JSON: {status, count?, afterRequests?}.')
    }
    const fields = isObject(body) ? body : {}
    const { status } = fields
    const count = fields.count ?? 1
    const afterRequests = fields.afterRequests ?? 0
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) {
      return jsonError(c, 400, 'status must be an HTTP error status (400–599).')
    }
    if (!wholeAtLeast(count, 1)) return jsonError(c, 400, 'count must be a whole number ≥ 1.')
    if (!wholeAtLeast(afterRequests, 0)) {
      return jsonError(c, 400, 'afterRequests must be a whole number ≥ 0.')
    }
    hooks.failNext(status, count, afterRequests)
    return c.json({ status, count, afterRequests })
  })
  app.post('/reset', async (c) => {
    await reset()
    hooks.cancelFailures()
    return c.json({ reset: true })
  })
  return app
}
