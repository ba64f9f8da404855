// The real server with BACKEND=omerlo (the reference Omerlo behind the proxy, which adds the
// x-api-key header), and an Omerlo adapter talking to it over HTTP. The reference answers as
// Omerlo does, or (shapes 'other') in the other plausible shapes, so the adapter is tried on both.
import type { FetchLike } from '../../adapters/http'
import { memoryIdStore } from '../../adapters/durable-id-map'
import type { IdStore } from '../../adapters/durable-id-map'
import { createOmerloAdapter } from '../../adapters/omerlo/omerlo-adapter'
import type { OmerloShapes } from '../../server/reference/omerlo/present'
import { PROFILE_PREFIX, seedId } from '../../server/reference/omerlo/seed/demo'
import { startServer } from './start-server'
import type { ProxiedSetup } from './start-server'

export interface OmerloSetup extends ProxiedSetup {
  /** Where the adapter keeps its ids: a second adapter on it is the same browser after a reload. */
  idStore: IdStore
}

/** The demo event with four blocks (two of contents, one of people, one of organizations). */
export const OMERLO_FESTIVAL = seedId(PROFILE_PREFIX.events, 1)

export async function startOmerlo(
  fetch?: FetchLike,
  shapes: OmerloShapes = 'vendor',
): Promise<OmerloSetup> {
  const running = await startServer('omerlo', { REFERENCE_TEST_HOOKS: '1' })
  const switched = await running.handle.app.request('/__test/omerlo/shapes', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ shapes }),
  })
  if (!switched.ok) throw new Error(`the Omerlo reference refused shapes "${shapes}"`)
  const idStore = memoryIdStore()
  const adapter = createOmerloAdapter({
    baseUrl: `${running.origin}/api/backend`,
    idStore,
    ...(fetch ? { fetch } : {}),
  })
  return {
    adapter,
    idStore,
    origin: running.origin,
    handle: running.handle,
    record: { collection: 'events', id: OMERLO_FESTIVAL },
    listCollection: 'events',
    teardown: running.stop,
  }
}
