// The real server with BACKEND=tines (the reference Tines behind the proxy, which adds the Bearer
// key), and a Tines adapter talking to it over HTTP.
import type { FetchLike } from '../../adapters/http'
import { createTinesAdapter } from '../../adapters/tines/tines-adapter'
import { startProxiedBackend } from './start-server'
import type { ProxiedSetup } from './start-server'

export type TinesSetup = ProxiedSetup

export function startTines(fetch?: FetchLike): Promise<TinesSetup> {
  const target = { record: { collection: 'cases', id: '1' }, listCollection: 'cases' }
  return startProxiedBackend('tines', createTinesAdapter, target, fetch)
}
