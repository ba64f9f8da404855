// /__test/tines: the request log, failures aimed at the Nth write from now, and the reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SLOW, startTestServer } from '../../test-support'
import type { TestServer } from '../../test-support'
import { loadOrCreateNamedReferenceKey } from '../reference-keys'
import { tinesClient } from './test-client'

let server: TestServer
let client: ReturnType<typeof tinesClient>

beforeAll(async () => {
  server = await startTestServer({ referenceTestHooks: true })
  client = tinesClient(server, await loadOrCreateNamedReferenceKey(server.dataDir, 'tines'))
}, SLOW)
afterAll(async () => server?.dispose(), SLOW)

const hook = (method: string, path: string, body?: unknown) =>
  server.app.request(`/__test/tines${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  })

interface Logged {
  method: string
  path: string
  body: unknown
  injectedStatus?: number
}
const log = async (): Promise<Logged[]> =>
  (await (await hook('GET', '/requests')).json()) as Logged[]

describe('tines test hooks', () => {
  it('logs writes only, with paths relative to the mount and parsed bodies', async () => {
    await hook('POST', '/reset')
    await hook('DELETE', '/requests')
    const [first] = await client.blocks(1)
    if (!first) throw new Error('case 1 has no blocks')
    await client.call('PUT', `/cases/1/blocks/${first.id}`, { title: 'Renamed' })
    expect(await log()).toEqual([
      { method: 'PUT', path: `/api/v2/cases/1/blocks/${first.id}`, body: { title: 'Renamed' } },
    ])
    expect((await hook('DELETE', '/requests')).status).toBe(204)
    expect(await log()).toEqual([])
  })

  it('fails the Nth write from now, count times, then lets writes through', async () => {
    await hook('POST', '/reset')
    await hook('DELETE', '/requests')
    const [a] = await client.blocks(1)
    if (!a) throw new Error('case 1 has no blocks')
    const armed = await hook('POST', '/fail-next', { status: 503, afterRequests: 1 })
    expect(armed.status).toBe(200)
    const put = (title: string) => client.call('PUT', `/cases/1/blocks/${a.id}`, { title })
    expect((await put('One')).status).toBe(200)
    expect((await put('Two')).status).toBe(503)
    expect((await put('Three')).status).toBe(200)
    expect((await log()).map((r) => r.injectedStatus ?? 200)).toEqual([200, 503, 200])
    const after = await client.blocks(1)
    expect(after.find((b) => b.id === a.id)?.title).toBe('Three')
  })

  it('refuses a bad fail-next body and reset cancels an armed failure', async () => {
    expect((await hook('POST', '/fail-next', { status: 200 })).status).toBe(400)
    expect((await hook('POST', '/fail-next', { status: 500, afterRequests: -1 })).status).toBe(400)
    await hook('POST', '/fail-next', { status: 500 })
    await hook('POST', '/reset')
    const [a] = await client.blocks(1)
    if (!a) throw new Error('case 1 has no blocks')
    expect((await client.call('PUT', `/cases/1/blocks/${a.id}`, { title: 'Ok' })).status).toBe(200)
  })
})
