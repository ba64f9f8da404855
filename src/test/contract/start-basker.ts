// The real server with its reference Basker, and a Basker adapter that talks to it over HTTP.
import { createBaskerAdapter } from '../../adapters/basker/basker-adapter'
import type { ContractSetup } from '../../adapters/contract/define-adapter-contract'
import { startServer } from './start-server'

export async function startBasker(): Promise<ContractSetup> {
  const running = await startServer('basker')
  const adapter = createBaskerAdapter({
    baseUrl: `${running.origin}/api/backend`,
    tenant: running.config.basker.tenant,
    apiVersion: running.config.basker.apiVersion,
  })
  return {
    adapter,
    record: { collection: 'pages', id: 'home' },
    listCollection: 'events',
    teardown: running.stop,
  }
}
