// A small load run on every storage driver available: 20 clients × 20 accepted operations through
// the proxy, half of them racing on one page. Nothing the backend accepted may be missing from the
// final drafts, and every refused write must be a 409 (lost race), never a 5xx or a silent loss.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SLOW } from '../test-support'
import { runLoad } from './load-run'
import {
  startLoadServer,
  startLoadServers,
  type LoadServer,
  type LoadServers,
} from './start-load-server'

const postgres = process.env.TEST_DATABASE_URL ?? null
if (postgres === null) {
  console.info('load test: PostgreSQL not configured (set TEST_DATABASE_URL); PGlite only.')
}
const DRIVERS: { name: string; url: string | null }[] = [
  { name: 'pglite', url: null },
  ...(postgres === null ? [] : [{ name: 'postgres', url: postgres }]),
]

describe.each(DRIVERS)('load on $name', ({ url }) => {
  let server: LoadServer

  beforeAll(async () => {
    server = await startLoadServer(url)
  }, SLOW)
  afterAll(async () => {
    await server.stop()
  }, SLOW)

  it('loses no accepted operation when 20 clients write 20 operations each', async () => {
    const report = await runLoad({
      origin: server.origin,
      clients: 20,
      opsPerClient: 20,
      durationMs: 150_000,
      runId: 'test',
    })
    expect(report.problems).toEqual([])
    expect(report.lostUpdates).toBe(0)
    expect(report.unexpected).toEqual({})
    expect(report.acceptedOps).toBe(20 * 20)
    // Ten clients share one page, so some of them must have lost a race and retried.
    expect(report.lostRaces).toBeGreaterThan(0)
  }, 180_000)
})

describe.runIf(postgres !== null)('load on two servers sharing one PostgreSQL', () => {
  let servers: LoadServers

  beforeAll(async () => {
    servers = await startLoadServers(postgres ?? '', 2)
  }, SLOW)
  afterAll(async () => {
    await servers.stop()
  }, SLOW)

  it('loses no accepted operation when the clients are spread over both servers', async () => {
    const report = await runLoad({
      origin: servers.origins[0] ?? '',
      origins: servers.origins,
      clients: 20,
      opsPerClient: 20,
      durationMs: 150_000,
      runId: 'two-servers',
    })
    expect(report.servers).toBe(2)
    expect(report.problems).toEqual([])
    expect(report.lostUpdates).toBe(0)
    expect(report.unexpected).toEqual({})
    expect(report.acceptedOps).toBe(20 * 20)
    expect(report.lostRaces).toBeGreaterThan(0)
  }, 180_000)
})
