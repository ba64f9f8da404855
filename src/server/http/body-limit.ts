import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { jsonError } from './errors'

/** 413 in the common error shape for any request body over `maxBytes`. */
export const limitBody = (maxBytes: number): MiddlewareHandler =>
  bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      jsonError(c, 413, `The request body is larger than the limit of ${maxBytes} bytes.`),
  })
