// The one error shape every server answer uses: {error, message, requestId} (+ errors where
// useful). Never a stack: those go to the server log only.
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export interface ErrorDetail {
  path: string
  message: string
  code: string
}

const NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

export const statusName = (status: number): string => NAMES[status] ?? 'Error'

export const errorBody = (
  status: number,
  message: string,
  requestId: string,
  errors?: readonly ErrorDetail[],
): Record<string, unknown> => ({
  error: statusName(status),
  message,
  requestId,
  ...(errors ? { errors } : {}),
})

export const requestIdOf = (c: Context): string => {
  const id: unknown = c.get('requestId')
  return typeof id === 'string' ? id : 'unknown'
}

export const jsonError = (
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  errors?: readonly ErrorDetail[],
): Response => c.json(errorBody(status, message, requestIdOf(c), errors), status)
