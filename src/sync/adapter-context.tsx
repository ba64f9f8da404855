// The configured backend adapter and runtime config, provided once at the app root.
import { createContext, useContext, useMemo } from 'react'
import type { ReactNode } from 'react'
import { createAdapter } from '../adapters'
import type { RuntimeConfig } from '../adapters/config'
import type { FetchLike } from '../adapters/http'
import type { BackendAdapter } from '../adapters/types'

interface AdapterContextValue {
  adapter: BackendAdapter
  config: RuntimeConfig
  apiFetch: FetchLike | undefined
}

const AdapterContext = createContext<AdapterContextValue | null>(null)

export interface AdapterProviderProps {
  config: RuntimeConfig
  /** Defaults to createAdapter(config); tests pass a fake. */
  adapter?: BackendAdapter
  /** The fetch of the app's own /api writes (it adds the session's CSRF token); default fetch. */
  apiFetch?: FetchLike | undefined
  children?: ReactNode
}

export function AdapterProvider({ config, adapter, apiFetch, children }: AdapterProviderProps) {
  const value = useMemo(
    () => ({ config, adapter: adapter ?? createAdapter(config), apiFetch }),
    [config, adapter, apiFetch],
  )
  return <AdapterContext.Provider value={value}>{children}</AdapterContext.Provider>
}

function useAdapterContext(): AdapterContextValue {
  const value = useContext(AdapterContext)
  if (!value) throw new Error('useAdapter must be used inside <AdapterProvider>')
  return value
}

export function useAdapter(): BackendAdapter {
  return useAdapterContext().adapter
}

export function useAdapterConfig(): RuntimeConfig {
  return useAdapterContext().config
}

/** The fetch for the app's own API calls (api-client.ts): carries the CSRF token of a write. */
export function useApiFetch(): FetchLike | undefined {
  return useAdapterContext().apiFetch
}
