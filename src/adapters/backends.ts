// The table of backends, the adapters' part: how each backend's adapter is built from the runtime
// configuration (/api/config). Keyed by core's BACKEND_IDS (src/core/backends.ts): a backend
// without an entry here fails the typecheck.
import type { BackendId } from '../core/backends'
import { createBaskerAdapter } from './basker/basker-adapter'
import type { RuntimeConfig } from './config'
import { createDrumeeAdapter } from './drumee/drumee-adapter'
import type { FetchLike } from './http'
import { createKragleAdapter } from './kragle/kragle-adapter'
import { createOmerloAdapter } from './omerlo/omerlo-adapter'
import { createTinesAdapter } from './tines/tines-adapter'
import type { BackendAdapter } from './types'

/** What every adapter factory takes: the proxy root and, in tests, a fetch and a timeout. */
export interface AdapterHttpOptions {
  baseUrl: string
  fetch?: FetchLike
  timeoutMs?: number
}

export interface AdapterEntry {
  create(options: AdapterHttpOptions, config: RuntimeConfig): BackendAdapter
}

export const ADAPTERS = {
  basker: {
    create: (options, config) => {
      if (!config.basker) throw new Error('The basker backend needs tenant and apiVersion')
      return createBaskerAdapter({ ...options, ...config.basker })
    },
  },
  tines: { create: (options) => createTinesAdapter(options) },
  omerlo: { create: (options) => createOmerloAdapter(options) },
  drumee: { create: (options) => createDrumeeAdapter(options) },
  kragle: { create: (options) => createKragleAdapter(options) },
} satisfies Record<BackendId, AdapterEntry>
