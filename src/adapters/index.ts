// Picks the adapter for the configured backend (the adapters' table, ./backends.ts).
import { ADAPTERS, type AdapterHttpOptions } from './backends'
import type { RuntimeConfig } from './config'
import type { FetchLike } from './http'
import type { BackendAdapter } from './types'

export interface CreateAdapterOptions {
  /** Where the same-origin proxy lives; `/api/backend` in the app. */
  baseUrl?: string
  fetch?: FetchLike
  timeoutMs?: number
}

export const BACKEND_PROXY_URL = '/api/backend'

export function createAdapter(
  config: RuntimeConfig,
  options: CreateAdapterOptions = {},
): BackendAdapter {
  const http: AdapterHttpOptions = { baseUrl: options.baseUrl ?? BACKEND_PROXY_URL }
  if (options.fetch) http.fetch = options.fetch
  if (options.timeoutMs !== undefined) http.timeoutMs = options.timeoutMs
  return ADAPTERS[config.backend].create(http, config)
}

export { loadRuntimeConfig, parseRuntimeConfig, CONFIG_URL } from './config'
export type { RuntimeConfig } from './config'
export { AdapterError } from './types'
export type * from './types'
export type * from './block-library-types'
