// How a hub answers: every service answer in Drumee's envelope `{__ack__, __status__,
// __timestamp__, data}`, a one-row result as an object (in `hub` mode), and every error as
// `{error, reason?, error_code, status, __ack__, …, data: []}` with 400 (user error), 412 (a
// mandatory parameter), 403 (permission), 405 (method) or 500. The alternate mode answers arrays
// always and the statuses the block service document lists (404, 409, 422).
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { DrumeeError } from './model'
import type { ReferenceMode } from './model'

export const envelope = (service: string, data: unknown): Record<string, unknown> => ({
  __ack__: service,
  __status__: 'ok',
  __timestamp__: Date.now(),
  data,
})

/** The rows of a list as a hub sends them: one row alone as an object (`hub` mode). */
export const rowsAnswer = (rows: readonly unknown[], mode: ReferenceMode): unknown =>
  mode === 'hub' && rows.length === 1 ? rows[0] : rows

/** The status a hub answers an error with: user errors are 400 on a real hub. */
const statusOf = (error: DrumeeError, mode: ReferenceMode): number => {
  if (mode === 'alt') return error.status === 412 ? 400 : error.status
  if (error.status === 404 || error.status === 409 || error.status === 422) return 400
  if (error.status === 401) return 403
  return error.status
}

export const errorAnswer = (
  c: Context,
  service: string,
  error: DrumeeError,
  mode: ReferenceMode,
): Response => {
  const status = statusOf(error, mode)
  const text = mode === 'hub' && error.hubText !== undefined ? error.hubText : error.code
  return c.json(
    {
      error: text,
      reason: error.message,
      error_code: status,
      status,
      __ack__: service,
      __status__: 'error',
      __timestamp__: Date.now(),
      data: [],
    },
    status as ContentfulStatusCode,
  )
}

export const permissionDenied = (service: string, needed: string): DrumeeError =>
  new DrumeeError(
    403,
    'PERMISSION_DENIED',
    `${service} needs the ${needed} level.`,
    `${service}: PERMISSION_DENIED`,
  )
