// The real server with BACKEND=kragle (the reference Kragle behind the proxy, which logs in
// server-side and sends the session cookie), and a Kragle adapter talking to it over HTTP.
import type { FetchLike } from '../../adapters/http'
import type { ContractSetup } from '../../adapters/contract/define-adapter-contract'
import { createKragleAdapter } from '../../adapters/kragle/kragle-adapter'
import type { ServerHandle } from '../../server/app'
import { startServer } from './start-server'

export interface KragleSetup extends ContractSetup {
  origin: string
  handle: ServerHandle
  /** The reference user's password (what the proxy logs in with). */
  password: string
}

export async function startKragle(fetch?: FetchLike): Promise<KragleSetup> {
  const running = await startServer('kragle')
  const adapter = createKragleAdapter({
    baseUrl: `${running.origin}/api/backend`,
    ...(fetch ? { fetch } : {}),
  })
  return {
    adapter,
    origin: running.origin,
    handle: running.handle,
    password: running.handle.referenceSecrets.kragle ?? '',
    record: { collection: 'stacks', id: '1' },
    listCollection: 'stacks',
    teardown: running.stop,
  }
}
