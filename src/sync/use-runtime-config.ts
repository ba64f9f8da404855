import { useQuery } from '@tanstack/react-query'
import type { UseQueryResult } from '@tanstack/react-query'
import type { RuntimeConfig } from '../adapters/config'
import { runtimeConfigQuery } from './queries'

/** Loads /api/config (once per session); render <AdapterProvider> when it has data. */
export function useRuntimeConfig(): UseQueryResult<RuntimeConfig, Error> {
  return useQuery(runtimeConfigQuery())
}
