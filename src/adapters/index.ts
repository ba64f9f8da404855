// Picks the adapter for the configured backend.
import { createBaskerAdapter } from './basker/basker-adapter'
import { createDrumeeAdapter } from './drumee/drumee-adapter'
import { createKragleAdapter } from './kragle/kragle-adapter'
import { createOmerloAdapter } from './omerlo/omerlo-adapter'
import { createTinesAdapter } from './tines/tines-adapter'
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
  const baseUrl = options.baseUrl ?? BACKEND_PROXY_URL
  switch (config.backend) {
    case 'basker': {
      if (!config.basker) throw new Error('The basker backend needs tenant and apiVersion')
      return createBaskerAdapter({ baseUrl, ...config.basker, ...http(options) })
    }
    case 'tines':
      return createTinesAdapter({ baseUrl, ...http(options) })
    case 'omerlo':
      return createOmerloAdapter({ baseUrl, ...http(options) })
    case 'drumee':
      return createDrumeeAdapter({ baseUrl, ...http(options) })
    case 'kragle':
      return createKragleAdapter({ baseUrl, ...http(options) })
    default:
      throw new Error(
        `The "${config.backend}" backend has no adapter yet; supported: "basker", "tines", "drumee".`,
      )
  }
}

function http(options: CreateAdapterOptions): { fetch?: FetchLike; timeoutMs?: number } {
  const out: { fetch?: FetchLike; timeoutMs?: number } = {}
  if (options.fetch) out.fetch = options.fetch
  if (options.timeoutMs !== undefined) out.timeoutMs = options.timeoutMs
  return out
}

export { loadRuntimeConfig, parseRuntimeConfig, CONFIG_URL } from './config'
export type { RuntimeConfig } from './config'
export { AdapterError } from './types'
export type * from './types'
export type * from './block-library-types'
