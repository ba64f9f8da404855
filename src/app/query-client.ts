// One QueryClient for the app. Reads retry a little (a flaky network should not show an error at
// once); 4xx answers are final, so retrying them only delays the error the user must see.
import { QueryClient } from '@tanstack/react-query'
import { AdapterError } from '../adapters/types'

const FINAL_KINDS = new Set(['auth', 'forbidden', 'not-found', 'validation', 'bad-request'])

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof AdapterError && FINAL_KINDS.has(error.kind)) return false
  return failureCount < 2
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
    },
  })
}
