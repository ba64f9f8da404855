// The app's providers: queries, then the runtime config (which backend), then the adapter and
// the router. Nothing below renders until /api/config has answered.
import { useState } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from 'react-router'
import { AdapterProvider, useRuntimeConfig } from '../sync'
import { ErrorPanel, LoadingPanel } from '../features/shared/StatePanels'
import { createQueryClient } from './query-client'
import { createAppRouter } from './router'

export function App() {
  const [queryClient] = useState(createQueryClient)
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
    <AdapterProvider config={config.data}>
      <RouterProvider router={router} />
    </AdapterProvider>
  )
}
