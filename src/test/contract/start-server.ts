// Starts the real server for one backend on an ephemeral port with a temporary data directory, so
// adapter tests talk to its reference backend through the same-origin proxy over real HTTP.
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import type { ContractSetup } from '../../adapters/contract/define-adapter-contract'
import type { FetchLike } from '../../adapters/http'
import type { BackendAdapter } from '../../adapters/types'
import { createServer, originOf } from '../../server/app'
import type { ServerHandle } from '../../server/app'
import { loadConfig } from '../../server/config'
import type { ServerConfig } from '../../server/config'

export interface RunningServer {
  origin: string
  handle: ServerHandle
  config: ServerConfig
  stop(): Promise<void>
}

/** `env`: more settings, e.g. REFERENCE_TEST_HOOKS=1 for a test that switches a reference's mode. */
export async function startServer(
  backend: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), `${backend}-contract-`))
  const config = loadConfig({
    ...env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    BACKEND: backend,
  })
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
  return {
    origin,
    handle,
    config,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await handle.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** What every proxied adapter factory takes: the proxy root and, in tests, a spying fetch. */
export interface ProxyAdapterOptions {
  baseUrl: string
  fetch?: FetchLike
}

/** A contract setup that also exposes the server, for tests that read its state or test hooks. */
export interface ProxiedSetup extends ContractSetup {
  origin: string
  handle: ServerHandle
}

/**
 * Starts the server for `backend` and an adapter talking to its same-origin proxy (which adds the
 * backend's credentials); `target` names the record and collection the contract suite may edit.
 */
export async function startProxiedBackend(
  backend: string,
  createAdapter: (options: ProxyAdapterOptions) => BackendAdapter,
  target: Pick<ContractSetup, 'record' | 'listCollection'>,
  fetch?: FetchLike,
): Promise<ProxiedSetup> {
  const running = await startServer(backend)
  const adapter = createAdapter({
    baseUrl: `${running.origin}/api/backend`,
    ...(fetch ? { fetch } : {}),
  })
  return {
    adapter,
    origin: running.origin,
    handle: running.handle,
    ...target,
    teardown: running.stop,
  }
}
