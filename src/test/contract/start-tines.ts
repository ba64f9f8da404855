// Starts the real server with BACKEND=tines (the reference Tines behind the same-origin proxy,
// which adds the Bearer key) on an ephemeral port, and a Tines adapter talking to it over HTTP.
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import type { FetchLike } from '../../adapters/http'
import type { ContractSetup } from '../../adapters/contract/define-adapter-contract'
import { createTinesAdapter } from '../../adapters/tines/tines-adapter'
import { createServer, originOf } from '../../server/app'
import type { ServerHandle } from '../../server/app'
import { loadConfig } from '../../server/config'

export interface TinesSetup extends ContractSetup {
  origin: string
  handle: ServerHandle
}

export async function startTines(fetch?: FetchLike): Promise<TinesSetup> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tines-contract-'))
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', BACKEND: 'tines' })
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
  const adapter = createTinesAdapter({
    baseUrl: `${origin}/api/backend`,
    ...(fetch ? { fetch } : {}),
  })
  return {
    adapter,
    origin,
    handle,
    record: { collection: 'cases', id: '1' },
    listCollection: 'cases',
    async teardown() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await handle.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
