// The real server with BACKEND=kragle (the reference Kragle behind the proxy, which logs in
// server-side and sends the session cookies), and a Kragle adapter talking to it over HTTP. The
// reference runs as Kragle is known to behave, or in its variant mode (another cookie name, new
// instance ids on every write, one-stack reads as one-element arrays).
import type { FetchLike } from '../../adapters/http'
import { createKragleAdapter } from '../../adapters/kragle/kragle-adapter'
import type { IdStorage } from '../../adapters/kragle/block-ids'
import { memoryStorage } from '../../adapters/kragle/block-ids'
import type { BackendAdapter } from '../../adapters/types'
import { startProxiedBackend } from './start-server'
import type { ProxiedSetup } from './start-server'

export interface KragleSetup extends ProxiedSetup {
  /** The reference user's password (what the proxy logs in with). */
  password: string
  /** Where the adapter keeps its id book: a second adapter on it is the same browser reloaded. */
  idStorage: IdStorage
  /** A new adapter on the same id book (a page reload). */
  reload(): BackendAdapter
}

export interface KragleOptions {
  fetch?: FetchLike
  variant?: boolean
}

export async function startKragle(options: KragleOptions = {}): Promise<KragleSetup> {
  const target = { record: { collection: 'stacks', id: '1' }, listCollection: 'stacks' }
  const idStorage = memoryStorage()
  const create = (o: { baseUrl: string; fetch?: FetchLike }) =>
    createKragleAdapter({ ...o, idStorage })
  const setup = await startProxiedBackend('kragle', create, target, options.fetch, {
    REFERENCE_TEST_HOOKS: '1',
    ...(options.variant ? { KRAGLE_REFERENCE_VARIANT: '1' } : {}),
  })
  return {
    ...setup,
    password: setup.handle.referenceSecrets.kragle ?? '',
    idStorage,
    reload: () =>
      create({
        baseUrl: `${setup.origin}/api/backend`,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }),
  }
}
