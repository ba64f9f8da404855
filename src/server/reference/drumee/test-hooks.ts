// Drumee's test hooks: the shared request log and failure injection (../test-hooks-common.ts),
// logging the services that change the hub (every call is a POST, reads included).
import type { Context, Hono } from 'hono'
import { recordAndInject as record, testHookRoutes } from '../test-hooks-common'
import type { RequestLog } from '../test-hooks-common'
import { WRITE_SERVICES } from './model'

/** The shared routes plus POST /expire-sessions: the hub forgets every session, as on a restart. */
export const drumeeTestHookRoutes = (
  hooks: RequestLog,
  reset: () => Promise<void>,
  expireSessions: () => void,
): Hono => {
  const app = testHookRoutes(hooks, reset)
  app.post('/expire-sessions', (c) => {
    expireSessions()
    return c.json({ expired: true })
  })
  return app
}

const isWrite = (_method: string, path: string): boolean => {
  const service = /^\/-\/svc\/block\.([a-z_]+)$/.exec(path)?.[1]
  return service !== undefined && WRITE_SERVICES.has(service)
}

/** An injected failure in Drumee's error envelope. */
const answer = (c: Context, status: number): Response =>
  c.json(
    {
      error: status >= 500 ? 'INTERNAL_ERROR' : 'INJECTED',
      reason: `Injected failure ${status} (test hook); nothing written.`,
      error_code: status,
      status,
      __ack__: c.req.path.split('/').pop() ?? '',
      data: [],
    },
    status as 400,
  )

export const recordAndInject = (hooks: RequestLog, basePath: string) =>
  record(hooks, { basePath, logged: isWrite, injectable: isWrite, answer })
