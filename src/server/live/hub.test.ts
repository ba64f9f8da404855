// The hub's timers with short intervals, on every database driver available: rows of a server
// that stopped beating leave the lists, a row lost behind a live stream's back comes back, and
// idle streams get a ping.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../storage/db'
import { testDatabases } from '../storage/test-databases'
import { SLOW } from '../test-support'
import { createMemoryBus } from './bus'
import { createLiveHub, type LiveHub } from './hub'
import { keyOf, tabsIn } from './live-test-support'
import { readSse, type SseClient } from './sse-client'

describe.each(testDatabases())('live hub on $name', (database) => {
  let db: Db
  let hub: LiveHub
  const streams: SseClient[] = []

  const open = async (record: string, tab: string): Promise<SseClient> => {
    const channel = await hub.open({ record, tab, userId: 'u1', name: 'Ann', since: null })
    const stream = readSse(new Response(), channel.body, () => channel.close())
    streams.push(stream)
    return stream
  }

  beforeAll(async () => {
    db = await database.open()
    hub = await createLiveHub({
      db,
      bus: createMemoryBus(),
      log: () => undefined,
      timing: { heartbeatMs: 50, pingMs: 50 },
    })
  }, SLOW)
  afterEach(() => {
    for (const stream of streams.splice(0)) stream.close()
  })
  afterAll(async () => {
    await hub.close()
    await db.close()
    await database.cleanup()
  }, SLOW)

  it("drops a stopped server's tab once its row is 15 s old", async () => {
    const record = keyOf(`expire-${database.name}`)
    // Beaten 14 s ago: on the list now, stale a second from now.
    await db.query(
      `INSERT INTO live_presence (record_key, tab_id, stream_id, server_id, user_id, name,
         since, seen_at)
       VALUES ($1, 'dying', 's', 'dead', 'u2', 'Bob', now(), now() - interval '14 seconds')`,
      [record],
    )
    const stream = await open(record, 'alive')
    await stream.next((event) => event.event === 'presence' && tabsIn(event).length === 2)
    const after = await stream.next(
      (event) => event.event === 'presence' && tabsIn(event).length === 1,
    )
    expect(tabsIn(after)).toEqual(['alive'])
    const rows = await db.query('SELECT tab_id FROM live_presence WHERE record_key = $1', [record])
    expect(rows.rows).toEqual([{ tab_id: 'alive' }])
  })

  it('puts back a row lost while the stream is still open', async () => {
    const record = keyOf(`restore-${database.name}`)
    const stream = await open(record, 'kept')
    await stream.next((event) => event.event === 'presence' && tabsIn(event).length === 1)
    const from = stream.events.length
    await db.query('DELETE FROM live_presence WHERE record_key = $1', [record])
    const back = await stream.next((event) => event.event === 'presence', { from })
    expect(tabsIn(back)).toEqual(['kept'])
  })

  it('pings an idle stream', async () => {
    const channel = await hub.open({
      record: keyOf(`ping-${database.name}`),
      tab: 'quiet',
      userId: 'u1',
      name: 'Ann',
      since: null,
    })
    const reader = channel.body.pipeThrough(new TextDecoderStream()).getReader()
    let text = ''
    while (!text.includes(': ping\n\n')) {
      const { done, value } = await reader.read()
      if (done) break
      text += value
    }
    expect(text).toContain(': ping\n\n')
    channel.close()
  })
})
