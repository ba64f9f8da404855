// The real server with BACKEND=omerlo (the reference Omerlo behind the proxy, which adds the
// x-api-key header), and an Omerlo adapter talking to it over HTTP.
import type { FetchLike } from '../../adapters/http'
import type { ContractSetup } from '../../adapters/contract/define-adapter-contract'
import { createOmerloAdapter } from '../../adapters/omerlo/omerlo-adapter'
import type { ServerHandle } from '../../server/app'
import { PROFILE_PREFIX, seedId } from '../../server/reference/omerlo/seed/demo'
import { startServer } from './start-server'

export interface OmerloSetup extends ContractSetup {
  origin: string
  handle: ServerHandle
}

/** The demo event with four blocks (two of contents, one of people, one of organizations). */
export const OMERLO_FESTIVAL = seedId(PROFILE_PREFIX.events, 1)

export async function startOmerlo(fetch?: FetchLike): Promise<OmerloSetup> {
  const running = await startServer('omerlo')
  const adapter = createOmerloAdapter({
    baseUrl: `${running.origin}/api/backend`,
    ...(fetch ? { fetch } : {}),
  })
  return {
    adapter,
    origin: running.origin,
    handle: running.handle,
    record: { collection: 'events', id: OMERLO_FESTIVAL },
    listCollection: 'events',
    teardown: running.stop,
  }
}
