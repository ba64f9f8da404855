// The app's providers: queries, then the runtime config (which backend), then the adapter and
// the router. Nothing below renders until /api/config has answered, nor before someone is logged
// in (or the server runs as the local admin).
import { useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { RouterProvider } from 'react-router'
import { AdapterProvider, runtimeConfigQuery, useRuntimeConfig } from '../sync'
import { createAdapter } from '../adapters'
import type { RuntimeConfig } from '../adapters/config'
import {
  AuthGate,
  CSRF_HEADER,
  csrfFetch,
  SESSION_KEY,
  sessionQuery,
  type Session,
} from '../features/auth'
import { ErrorPanel, LoadingPanel } from '../features/shared/StatePanels'
import { createQueryClient } from './query-client'
import { createAppRouter } from './router'

/**
 * The query client, with the two reads every screen waits for already on their way: the config
 * and the session are independent, so they go together, now, instead of each after the render
 * of the gate before it (on a large page that was the first tenth of a second of the wait).
 */
function startQueries(): QueryClient {
  const queryClient = createQueryClient()
  void queryClient.prefetchQuery(runtimeConfigQuery())
  void queryClient.prefetchQuery(sessionQuery())
  return queryClient
}

export function App() {
  const [queryClient] = useState(startQueries)
  // Created before the config arrives so a lazy route's code loads while /api/config is fetched.
  const [router] = useState(createAppRouter)
  return (
    <QueryClientProvider client={queryClient}>
      <ConfiguredApp router={router} />
    </QueryClientProvider>
  )
}

function ConfiguredApp({ router }: { router: ReturnType<typeof createAppRouter> }) {
  const config = useRuntimeConfig()
  if (config.isPending) {
    return <LoadingPanel fullPage label="Loading the editor configuration…" />
  }
  if (config.isError) {
    return (
      <ErrorPanel
        fullPage
        title="The editor could not start"
        message={`Its configuration (/api/config) could not be read: ${config.error.message}`}
        onRetry={() => void config.refetch()}
      />
    )
  }
  return (
    <AuthGate>
      <SessionAdapterProvider config={config.data}>
        <RouterProvider router={router} />
      </SessionAdapterProvider>
    </AuthGate>
  )
}

/**
 * The backend adapter and the app's own API calls (live presence), whose every write carries the session's CSRF token (read from the session
 * query at each request, so a new login needs no new adapter); a 401 re-checks the session, which
 * brings up the login screen.
 */
function SessionAdapterProvider({
  config,
  children,
}: {
  config: RuntimeConfig
  children: ReactNode
}) {
  const queryClient = useQueryClient()
  const apiFetch = useMemo(
    () =>
      csrfFetch({
        header: CSRF_HEADER,
        token: () => queryClient.getQueryData<Session>(SESSION_KEY)?.csrfToken ?? null,
        onUnauthorized: () => void queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
      }),
    [queryClient],
  )
  const adapter = useMemo(() => createAdapter(config, { fetch: apiFetch }), [config, apiFetch])
  return (
    <AdapterProvider config={config} adapter={adapter} apiFetch={apiFetch}>
      {children}
    </AdapterProvider>
  )
}
