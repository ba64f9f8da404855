// Basker's test hooks: the shared request log and failure injection (../test-hooks-common.ts),
// with failures aimed at PATCH …/blocks and answered in Basker's error shape.
import type { Context } from 'hono'
import { errorBody, jsonError, requestIdOf } from '../../http/errors'
import { recordAndInject as record, RequestLog, testHookRoutes } from '../test-hooks-common'

export type { RecordedRequest } from '../test-hooks-common'
export { testHookRoutes }
export { RequestLog as TestHooks }

const BLOCKS_PATCH = /\/blocks\/?$/

const injectedMessages: Record<number, string> = {
  400: 'The body is malformed (injected by the test hook).',
  401: 'The API key is not valid (injected by the test hook).',
  404: 'No such record (injected by the test hook).',
  409: 'The draft changed since ifUpdatedAt (injected by the test hook); nothing was written.',
  422: 'operations[0] failed (injected by the test hook).',
  429: 'Rate limit exceeded (injected by the test hook); retry after 1 s.',
}

const answer = (c: Context, status: number): Response => {
  const message = injectedMessages[status] ?? `Injected failure ${status} (test hook).`
  if (status === 422) {
    return jsonError(c, 422, message, [{ path: 'operations[0]', message, code: 'injected' }])
  }
  return c.json(errorBody(status, message, requestIdOf(c)), status as 400)
}

/** Records writes and answers injected failures; mounted in front of the Basker routes. */
export const recordAndInject = (hooks: RequestLog, basePath: string) =>
  record(hooks, {
    basePath,
    injectable: (method, path) => method === 'PATCH' && BLOCKS_PATCH.test(path),
    answer,
  })
