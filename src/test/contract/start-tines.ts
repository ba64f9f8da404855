// The real server with BACKEND=tines (the reference Tines behind the proxy, which adds the Bearer
// key), and a Tines adapter talking to it over HTTP.
import type { FetchLike } from '../../adapters/http'
import type { ContractSetup } from '../../adapters/contract/define-adapter-contract'
import { createTinesAdapter } from '../../adapters/tines/tines-adapter'
import type { ServerHandle } from '../../server/app'
import { startServer } from './start-server'

export interface TinesSetup extends ContractSetup {
  origin: string
  handle: ServerHandle
}

export async function startTines(fetch?: FetchLike): Promise<TinesSetup> {
  const running = await startServer('tines')
  const adapter = createTinesAdapter({
    baseUrl: `${running.origin}/api/backend`,
    ...(fetch ? { fetch } : {}),
  })
  return {
    adapter,
    origin: running.origin,
    handle: running.handle,
    record: { collection: 'cases', id: '1' },
    listCollection: 'cases',
    teardown: running.stop,
  }
}
