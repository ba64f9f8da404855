import { randomUUID } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'

/** Gives every request an id, echoed in `x-request-id` and in every error body. */
export const requestId = (): MiddlewareHandler => async (c, next) => {
  const existing: unknown = c.get('requestId')
  const id = typeof existing === 'string' ? existing : randomUUID()
  c.set('requestId', id)
  await next()
  c.header('x-request-id', id)
}
