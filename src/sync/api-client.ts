// The app's own server API (/api/session, /api/users) through the one HTTP client of the browser
// (adapters/http.ts): the same timeout, response size cap and message clipping as every backend
// call, so a hung or hostile answer cannot freeze the login screen or flood it.
import { createHttpClient } from '../adapters/http'
import type { FetchLike } from '../adapters/http'
import { AdapterError } from '../adapters/types'

/** Session and user calls are small and interactive: a short timeout and a small cap. */
const API_TIMEOUT_MS = 15_000
const API_MAX_BYTES = 1024 * 1024

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  body?: unknown
  signal?: AbortSignal
  /** Extra headers (the CSRF token of a write). */
  headers?: Record<string, string>
}

/** A refused or failed API call: the server's message (clipped) and status (0: no answer). */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    message: string,
    readonly status: number,
    readonly kind: AdapterError['kind'],
  ) {
    super(message)
  }
}

export async function apiRequest(
  path: string,
  init: ApiRequest = {},
  fetchImpl?: FetchLike,
): Promise<unknown> {
  const client = createHttpClient('/api', {
    timeoutMs: API_TIMEOUT_MS,
    maxBytes: API_MAX_BYTES,
    ...(init.headers ? { headers: init.headers } : {}),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  })
  try {
    return await client.request(path, {
      method: init.method ?? 'GET',
      ...(init.body === undefined ? {} : { body: init.body }),
      ...(init.signal ? { signal: init.signal } : {}),
    })
  } catch (error) {
    if (!(error instanceof AdapterError)) throw error
    throw new ApiError(error.message, error.details.status ?? 0, error.kind)
  }
}
