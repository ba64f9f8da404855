// Starts the real server (reference Basker behind the same-origin proxy) on an ephemeral port with
// a temporary data directory, and a Basker adapter that talks to it over real HTTP.
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { createBaskerAdapter } from '../../adapters/basker/basker-adapter'
import type { ContractSetup } from '../../adapters/contract/define-adapter-contract'
import { createServer, originOf } from '../../server/app'
import { loadConfig } from '../../server/config'

export async function startBasker(): Promise<ContractSetup> {
  const dataDir = await mkdtemp(join(tmpdir(), 'basker-contract-'))
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' })
  const handle = await createServer(config, { serveStatic: false, log: () => undefined })
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve) => {
      const server = serve(
        { fetch: handle.app.fetch, port: 0, hostname: '127.0.0.1' },
        (info: AddressInfo) => resolve({ server, port: info.port }),
      )
    },
  )
  const origin = originOf('127.0.0.1', port)
  handle.setOrigin(origin)
  const adapter = createBaskerAdapter({
    baseUrl: `${origin}/api/backend`,
    tenant: config.basker.tenant,
    apiVersion: config.basker.apiVersion,
  })
  return {
    adapter,
    record: { collection: 'pages', id: 'home' },
    listCollection: 'events',
    async teardown() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await handle.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
