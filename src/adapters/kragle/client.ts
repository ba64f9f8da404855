// Kragle requests through the proxy (which holds the session): JSON bodies at the top level for
// POST/PUT, booleans as 0/1 in query strings, errors re-typed by their Kragle code.
import { createHttpClient } from '../http'
import type { FetchLike, HttpRequest } from '../http'
import { fromKragle } from './errors'

export type KragleRequest = (path: string, init?: HttpRequest) => Promise<unknown>

export interface KragleClientOptions {
  /** The proxy root, e.g. `/api/backend`. */
  baseUrl: string
  fetch?: FetchLike
  timeoutMs?: number
}

export function createKragleRequest(options: KragleClientOptions): KragleRequest {
  const http = createHttpClient(options.baseUrl, {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  })
  return async (path, init = {}) => {
    try {
      return await http.request(`/api/v1${path}`, init)
    } catch (error) {
      throw fromKragle(error)
    }
  }
}

export const sig = (signal: AbortSignal | undefined): { signal?: AbortSignal } =>
  signal ? { signal } : {}

/** Kragle's ids are positive integers; anything else names nothing. */
export const isKragleId = (id: string): boolean => /^[1-9][0-9]{0,8}$/.test(id)
