// The real server with BACKEND=kragle (the reference Kragle behind the proxy, which logs in
// server-side and sends the session cookie), and a Kragle adapter talking to it over HTTP.
import type { FetchLike } from '../../adapters/http'
import { createKragleAdapter } from '../../adapters/kragle/kragle-adapter'
import { startProxiedBackend } from './start-server'
import type { ProxiedSetup } from './start-server'

export interface KragleSetup extends ProxiedSetup {
  /** The reference user's password (what the proxy logs in with). */
  password: string
}

export async function startKragle(fetch?: FetchLike): Promise<KragleSetup> {
  const target = { record: { collection: 'stacks', id: '1' }, listCollection: 'stacks' }
  const setup = await startProxiedBackend('kragle', createKragleAdapter, target, fetch)
  return { ...setup, password: setup.handle.referenceSecrets.kragle ?? '' }
}
