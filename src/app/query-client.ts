// One QueryClient for the app. Reads retry a little (a flaky network should not show an error at
// once), and a busy backend's Retry-After is waited out; 4xx answers are final, so retrying them
// only delays the error the user must see. The rules live in src/sync/pacing/read-retry.ts.
import { QueryClient } from '@tanstack/react-query'
import { readRetryDelay, shouldRetryRead } from '../sync'

export const shouldRetry = shouldRetryRead

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay: readRetryDelay, refetchOnWindowFocus: false },
    },
  })
}
