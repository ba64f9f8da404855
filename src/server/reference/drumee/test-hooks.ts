// Drumee's test hooks: the shared request log and failure injection (../test-hooks-common.ts),
// logging the services that change the hub (every call is a POST, reads included).
import type { Context } from 'hono'
import { recordAndInject as record } from '../test-hooks-common'
import type { RequestLog } from '../test-hooks-common'
import { WRITE_SERVICES } from './model'

export { testHookRoutes as drumeeTestHookRoutes } from '../test-hooks-common'

const isWrite = (_method: string, path: string): boolean => {
  const service = /^\/-\/svc\/block\.([a-z_]+)$/.exec(path)?.[1]
  return service !== undefined && WRITE_SERVICES.has(service)
}

const answer = (c: Context, status: number): Response =>
  c.json(
    {
      error: status >= 500 ? 'INTERNAL_ERROR' : 'INJECTED',
      message: `Injected failure ${status} (test hook); nothing written.`,
    },
    status as 400,
  )

export const recordAndInject = (hooks: RequestLog, basePath: string) =>
  record(hooks, { basePath, logged: isWrite, injectable: isWrite, answer })
