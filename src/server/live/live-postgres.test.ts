// Two servers on one PostgreSQL schema (as behind a load balancer): each sees the other's tabs
// and saves, a tab resumes on the other server, a server that stops takes its tabs with it, and
// a lost LISTEN connection comes back without losing an event.
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startListening, type ListeningServer } from '../start-listening'
import { openPostgresDb } from '../storage/postgres-db'
import { SLOW, tempDataDir } from '../test-support'
import { keyOf, openTab, postJson, presenceWith, tabsIn } from './live-test-support'
import { channelFor, listenerName } from './pg-bus'

const url = process.env.TEST_DATABASE_URL

describe.runIf(url)('live on two servers sharing one PostgreSQL', () => {
  const schema = `live_test_${randomBytes(6).toString('hex')}`
  let dataDir = ''
  let one: ListeningServer
  let two: ListeningServer

  const admin = async <T>(run: (db: Awaited<ReturnType<typeof openPostgresDb>>) => Promise<T>) => {
    const db = await openPostgresDb(url ?? '', 1)
    try {
      return await run(db)
    } finally {
      await db.close()
    }
  }

  beforeAll(async () => {
    await admin((db) => db.query(`CREATE SCHEMA ${schema}`))
    const scoped = new URL(url ?? '')
    scoped.searchParams.set('options', `-c search_path=${schema}`)
    dataDir = await tempDataDir()
    const env = { DATABASE_URL: scoped.toString() }
    one = await startListening({ env, dataDir })
    two = await startListening({ env, dataDir })
  }, SLOW)
  afterAll(async () => {
    await one?.stop()
    await two?.stop()
    await admin((db) => db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`))
    await rm(dataDir, { recursive: true, force: true })
  }, SLOW)

  it("shows each server's tabs and saves on the other", async () => {
    const record = keyOf('pg-both')
    const a = await openTab(one.origin, { record, tab: 'pg-a', label: 'one' })
    const b = await openTab(two.origin, { record, tab: 'pg-b', label: 'two' })
    try {
      await presenceWith(a, ['pg-a', 'pg-b'])
      await presenceWith(b, ['pg-a', 'pg-b'])
      const moved = await postJson(one.origin, '/api/live/presence', {
        record,
        tab: 'pg-a',
        blockId: 'hero',
        typing: true,
      })
      expect(moved.status).toBe(204)
      await b.next((event) => event.event === 'presence' && event.data.includes('"hero"'))
      await postJson(two.origin, '/api/live/saved', { record, tab: 'pg-b', version: 'v1' })
      const saved = await a.next((event) => event.event === 'saved')
      expect(JSON.parse(saved.data)).toMatchObject({ record, tab: 'pg-b', version: 'v1' })
      const from = a.events.length
      b.close()
      const left = await a.next((event) => event.event === 'presence', { from })
      expect(tabsIn(left)).toEqual(['pg-a'])
    } finally {
      a.close()
      b.close()
    }
  })

  it('resumes on the other server with what the tab missed', async () => {
    const record = keyOf('pg-resume')
    const a = await openTab(one.origin, { record, tab: 'pg-r' })
    await presenceWith(a, ['pg-r'])
    await postJson(one.origin, '/api/live/saved', { record, tab: 'x', version: 'r1' })
    const first = await a.next((event) => event.event === 'saved')
    a.close()
    await postJson(one.origin, '/api/live/saved', { record, tab: 'x', version: 'r2' })
    const again = await openTab(
      two.origin,
      { record, tab: 'pg-r' },
      { 'Last-Event-ID': first.id ?? '' },
    )
    try {
      const missed = await again.next((event) => event.event === 'saved')
      expect(JSON.parse(missed.data)).toMatchObject({ version: 'r2' })
    } finally {
      again.close()
    }
  })

  it('delivers what was published while its LISTEN connection was lost', async () => {
    const record = keyOf('pg-reconnect')
    const a = await openTab(one.origin, { record, tab: 'pg-l' })
    try {
      await presenceWith(a, ['pg-l'])
      const name = listenerName(channelFor(schema))
      const cut = await admin((db) =>
        db.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
          [name],
        ),
      )
      // Both servers listen on this schema's channel.
      expect(cut.rowCount).toBe(2)
      await two.handle.publish({ kind: 'comments', record, data: { blockId: 'b1' } })
      const event = await a.next((received) => received.event === 'comments', { timeoutMs: 8000 })
      expect(JSON.parse(event.data)).toEqual({ record, blockId: 'b1' })
      expect(one.logs.join('\n')).toContain('LISTEN connection lost')
    } finally {
      a.close()
    }
  })

  it("removes a stopping server's tabs from the other servers at once", async () => {
    const record = keyOf('pg-stop')
    const a = await openTab(one.origin, { record, tab: 'pg-s1' })
    const b = await openTab(two.origin, { record, tab: 'pg-s2' })
    try {
      await presenceWith(a, ['pg-s1', 'pg-s2'])
      await two.stop()
      await presenceWith(a, ['pg-s1'], 3000)
      await b.ended
    } finally {
      a.close()
      b.close()
    }
  })
})
