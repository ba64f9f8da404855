// Tines' test hooks: the shared request log and failure injection (../test-hooks-common.ts).
// Tines writes one block per request, so a failure aimed at the Nth write from now
// (`afterRequests`) is how a test breaks a flush in the middle.
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { jsonError } from '../../http/errors'
import { recordAndInject as record, RequestLog, testHookRoutes } from '../test-hooks-common'

export type { RecordedRequest } from '../test-hooks-common'
export { RequestLog as TinesTestHooks, testHookRoutes as tinesTestHookRoutes }

const answer = (c: Context, status: number): Response =>
  jsonError(
    c,
    status as ContentfulStatusCode,
    `Injected failure ${status} (test hook); nothing written.`,
  )

/** Records writes and answers injected failures; mounted in front of the Tines routes. */
export const recordAndInject = (hooks: RequestLog, basePath: string) =>
  record(hooks, { basePath, withQuery: true, answer })
