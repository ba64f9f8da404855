// Starts the real server for one backend on an ephemeral port with a temporary data directory, so
// adapter tests talk to its reference backend through the same-origin proxy over real HTTP.
import type { ContractSetup } from '../../adapters/contract/define-adapter-contract'
import type { FetchLike } from '../../adapters/http'
import type { BackendAdapter } from '../../adapters/types'
import type { ServerHandle } from '../../server/app'
import { startListening, type ListeningServer } from '../../server/start-listening'

export type RunningServer = ListeningServer

/** `env` adds settings (a reference backend's mode, say) to the test server's environment. */
export function startServer(
  backend: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  return startListening({ env: { ...env, BACKEND: backend } })
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
  env: Record<string, string> = {},
): Promise<ProxiedSetup> {
  const running = await startServer(backend, env)
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
