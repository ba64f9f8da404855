// Kragle requests through the proxy (which holds the session): JSON bodies at the top level for
// POST/PUT, booleans as 0/1 in query strings, errors re-typed by their Kragle code. A call
// answered with code 3 (the session is gone) is sent once more, asking the proxy to log in again
// first; a second code 3 is final. A caller that sees a signed-out answer another way (a stack
// whose blocks are only {id, type}) asks for the new login at once with `{renew: true}`.
import { KRAGLE_RENEW_HEADER, KRAGLE_RENEW_VALUE } from '../../core/kragle/renew-header'
import { createHttpClient } from '../http'
import type { FetchLike, HttpRequest } from '../http'
import { fromKragle, kragleCode } from './errors'

export type KragleRequest = (
  path: string,
  init?: HttpRequest,
  options?: { renew?: boolean },
) => Promise<unknown>

export interface KragleClientOptions {
  /** The proxy root, e.g. `/api/backend`. */
  baseUrl: string
  fetch?: FetchLike
  timeoutMs?: number
}

export function createKragleRequest(options: KragleClientOptions): KragleRequest {
  const http = (headers: Record<string, string>) =>
    createHttpClient(options.baseUrl, {
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      headers,
    })
  const plain = http({})
  const renewing = http({ [KRAGLE_RENEW_HEADER]: KRAGLE_RENEW_VALUE })
  return async (path, init = {}, { renew = false } = {}) => {
    if (!renew) {
      try {
        return await plain.request(`/api/v1${path}`, init)
      } catch (error) {
        if (kragleCode(error) !== 3) throw fromKragle(error)
      }
    }
    try {
      return await renewing.request(`/api/v1${path}`, init)
    } catch (error) {
      throw fromKragle(error)
    }
  }
}

export const sig = (signal: AbortSignal | undefined): { signal?: AbortSignal } =>
  signal ? { signal } : {}

/** Kragle's ids are positive integers; anything else names nothing. */
export const isKragleId = (id: string): boolean => /^[1-9][0-9]{0,8}$/.test(id)
