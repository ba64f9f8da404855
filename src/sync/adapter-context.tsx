// The configured backend adapter and runtime config, provided once at the app root.
import { createContext, useContext, useMemo } from 'react'
import type { ReactNode } from 'react'
import { createAdapter } from '../adapters'
import type { RuntimeConfig } from '../adapters/config'
import type { BackendAdapter } from '../adapters/types'

interface AdapterContextValue {
  adapter: BackendAdapter
  config: RuntimeConfig
}

const AdapterContext = createContext<AdapterContextValue | null>(null)

export interface AdapterProviderProps {
  config: RuntimeConfig
  /** Defaults to createAdapter(config); tests pass a fake. */
  adapter?: BackendAdapter
  children?: ReactNode
}

export function AdapterProvider({ config, adapter, children }: AdapterProviderProps) {
  const value = useMemo(
    () => ({ config, adapter: adapter ?? createAdapter(config) }),
    [config, adapter],
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
