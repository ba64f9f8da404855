// The real server with BACKEND=omerlo (the reference Omerlo behind the proxy, which adds the
// x-api-key header), and an Omerlo adapter talking to it over HTTP.
import type { FetchLike } from '../../adapters/http'
import { createOmerloAdapter } from '../../adapters/omerlo/omerlo-adapter'
import { PROFILE_PREFIX, seedId } from '../../server/reference/omerlo/seed/demo'
import { startProxiedBackend } from './start-server'
import type { ProxiedSetup } from './start-server'

export type OmerloSetup = ProxiedSetup

/** The demo event with four blocks (two of contents, one of people, one of organizations). */
export const OMERLO_FESTIVAL = seedId(PROFILE_PREFIX.events, 1)

export function startOmerlo(fetch?: FetchLike): Promise<OmerloSetup> {
  const target = { record: { collection: 'events', id: OMERLO_FESTIVAL }, listCollection: 'events' }
  return startProxiedBackend('omerlo', createOmerloAdapter, target, fetch)
}
