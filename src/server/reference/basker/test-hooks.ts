// Test hooks for browser tests (REFERENCE_TEST_HOOKS=1 only): a log of the write requests the
// reference backend received, failures injected into the next PATCH …/blocks, and a reset.
import { Hono, type MiddlewareHandler } from 'hono'
import { errorBody, jsonError, requestIdOf } from '../../http/errors'
import { isObject } from './request-body'

export interface RecordedRequest {
  method: string
  /** Relative to the backend's base URL: /partners/{version}/{tenant}/… */
  path: string
  /** The parsed JSON body; the raw text when it is not JSON; null when empty. */
  body: unknown
}

interface InjectedFailure {
  status: number
  remaining: number
  body?: unknown
}

const WRITES = new Set(['PATCH', 'POST', 'PUT', 'DELETE'])
const BLOCKS_PATCH = /\/blocks\/?$/

export class TestHooks {
  readonly requests: RecordedRequest[] = []
  private failure: InjectedFailure | null = null

  clear(): void {
    this.requests.length = 0
  }

  failNext(status: number, count: number, body?: unknown): void {
    this.failure =
      body === undefined ? { status, remaining: count } : { status, remaining: count, body }
  }

  cancelFailures(): void {
    this.failure = null
  }

  takeFailure(): InjectedFailure | null {
    const failure = this.failure
    if (!failure) return null
    failure.remaining -= 1
    if (failure.remaining <= 0) this.failure = null
    return failure
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

const injectedMessages: Record<number, string> = {
  400: 'The body is malformed (injected by the test hook).',
  401: 'The API key is not valid (injected by the test hook).',
  404: 'No such record (injected by the test hook).',
  409: 'The draft changed since ifUpdatedAt (injected by the test hook); nothing was written.',
  422: 'operations[0] failed (injected by the test hook).',
  429: 'Rate limit exceeded (injected by the test hook); retry after 1 s.',
}

/** Records writes and answers injected failures; mounted in front of the Basker routes. */
export const recordAndInject =
  (hooks: TestHooks, basePath: string): MiddlewareHandler =>
  async (c, next) => {
    const method = c.req.method.toUpperCase()
    if (!WRITES.has(method)) return next()
    const path = c.req.path.startsWith(basePath) ? c.req.path.slice(basePath.length) : c.req.path
    hooks.requests.push({ method, path, body: parse(await c.req.text()) })
    if (method !== 'PATCH' || !BLOCKS_PATCH.test(path)) return next()
    const failure = hooks.takeFailure()
    if (!failure) return next()
    const { status } = failure
    if (status === 429) c.header('Retry-After', '1')
    if (failure.body !== undefined) return c.json(failure.body, status as 400)
    const message = injectedMessages[status] ?? `Injected failure ${status} (test hook).`
    if (status === 422) {
      return jsonError(c, 422, message, [{ path: 'operations[0]', message, code: 'injected' }])
    }
    return c.json(errorBody(status, message, requestIdOf(c)), status as 400)
  }

/** /__test/basker: the request log, failure injection and reset. */
export const testHookRoutes = (hooks: TestHooks, reset: () => Promise<void>): Hono => {
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
      return jsonError(c, 400, 'The body must be JSON: {status, count?, body?}.')
    }
    const status = isObject(body) ? body.status : undefined
    const count = isObject(body) ? (body.count ?? 1) : 1
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) {
      return jsonError(c, 400, 'status must be an HTTP error status (400–599).')
    }
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
      return jsonError(c, 400, 'count must be a whole number ≥ 1.')
    }
    hooks.failNext(status, count, isObject(body) ? body.body : undefined)
    return c.json({ status, count })
  })
  app.post('/reset', async (c) => {
    await reset()
    return c.json({ reset: true })
  })
  return app
}
