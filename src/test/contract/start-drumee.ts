// The real server with BACKEND=drumee (the reference hub behind the proxy, which adds the admin
// key), and a Drumee adapter talking to it over HTTP.
import type { FetchLike } from '../../adapters/http'
import type { ContractSetup } from '../../adapters/contract/define-adapter-contract'
import { createDrumeeAdapter } from '../../adapters/drumee/drumee-adapter'
import type { ServerHandle } from '../../server/app'
import { startServer } from './start-server'

export interface DrumeeSetup extends ContractSetup {
  origin: string
  handle: ServerHandle
}

export async function startDrumee(fetch?: FetchLike): Promise<DrumeeSetup> {
  const running = await startServer('drumee')
  const adapter = createDrumeeAdapter({
    baseUrl: `${running.origin}/api/backend`,
    ...(fetch ? { fetch } : {}),
  })
  return {
    adapter,
    origin: running.origin,
    handle: running.handle,
    // The home page on desktop in English: four top-level blocks, one section with two kids.
    record: { collection: 'pages', id: '1', device: 'desktop', locale: 'en' },
    listCollection: 'pages',
    teardown: running.stop,
  }
}
