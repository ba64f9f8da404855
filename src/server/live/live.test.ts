// The live routes over real HTTP on PGlite (local mode): presence on connect and close, a
// selection, saved events, resuming with Last-Event-ID or since=, the record list and bad input.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startListening, type ListeningServer } from '../start-listening'
import { SLOW } from '../test-support'
import {
  keyOf,
  openTab,
  postJson,
  presenceOf,
  presenceWith,
  streamUrl,
  tabsIn,
} from './live-test-support'
import type { SseClient } from './sse-client'

let server: ListeningServer
let origin = ''
const open: SseClient[] = []

const tab = async (params: Parameters<typeof openTab>[1], headers?: Record<string, string>) => {
  const stream = await openTab(origin, params, headers)
  open.push(stream)
  return stream
}

beforeAll(async () => {
  server = await startListening()
  origin = server.origin
}, SLOW)
afterEach(() => {
  for (const stream of open.splice(0)) stream.close()
})
afterAll(async () => {
  await server.stop()
}, SLOW)

describe('live presence', () => {
  it('shows a tab on connect and removes it when its stream closes', async () => {
    const record = keyOf('presence-close')
    const a = await tab({ record, tab: 'tab-a', label: 'Firefox' })
    expect(a.response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    await presenceWith(a, ['tab-a'])
    const b = await tab({ record, tab: 'tab-b', label: 'Chrome' })
    const both = await presenceWith(a, ['tab-a', 'tab-b'])
    expect(presenceOf(both).record).toBe(record)
    expect(presenceOf(both).people.find((person) => person.tab === 'tab-b')).toMatchObject({
      userId: 'local',
      name: 'Local admin (Chrome)',
      blockId: null,
      typing: false,
    })
    await presenceWith(b, ['tab-a', 'tab-b'])
    const from = a.events.length
    b.close()
    const after = await a.next((event) => event.event === 'presence', { from })
    expect(tabsIn(after)).toEqual(['tab-a'])
  })

  it('passes a selection on to the other tabs and refuses a tab without a stream', async () => {
    const record = keyOf('presence-select')
    const a = await tab({ record, tab: 'sel-a' })
    await tab({ record, tab: 'sel-b', label: ' \u0007Work\u0000 ' })
    await presenceWith(a, ['sel-a', 'sel-b'])
    const moved = await postJson(origin, '/api/live/presence', {
      record,
      tab: 'sel-b',
      blockId: 'intro',
      typing: true,
    })
    expect(moved.status).toBe(204)
    const seen = await a.next(
      (event) =>
        event.event === 'presence' &&
        presenceOf(event).people.some((person) => person.blockId === 'intro'),
    )
    expect(presenceOf(seen).people.find((person) => person.tab === 'sel-b')).toMatchObject({
      blockId: 'intro',
      typing: true,
      name: 'Local admin (Work)',
    })
    const stranger = await postJson(origin, '/api/live/presence', {
      record,
      tab: 'no-such-tab',
      blockId: null,
      typing: false,
    })
    expect(stranger.status).toBe(404)
  })

  it('lists who is on each record', async () => {
    const one = keyOf('list-one')
    const two = keyOf('list-two')
    const a = await tab({ record: one, tab: 'list-a', label: 'A' })
    await presenceWith(a, ['list-a'])
    const query = new URLSearchParams([
      ['records', one],
      ['records', two],
    ])
    const response = await fetch(`${origin}/api/live/presence?${query.toString()}`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      records: { [one]: [{ userId: 'local', name: 'Local admin (A)', tab: 'list-a' }], [two]: [] },
    })
  })

  it('ignores rows whose server stopped beating', async () => {
    const record = keyOf('stale')
    await server.handle.db.query(
      `INSERT INTO live_presence (record_key, tab_id, stream_id, server_id, user_id, name,
         since, seen_at)
       VALUES ($1, 'gone', 'x', 'dead-server', 'local', 'Local admin', now(), now() - interval '20 seconds')`,
      [record],
    )
    const a = await tab({ record, tab: 'alive' })
    await presenceWith(a, ['alive'])
    const response = await fetch(
      `${origin}/api/live/presence?records=${encodeURIComponent(record)}`,
    )
    expect(
      ((await response.json()) as { records: Record<string, unknown[]> }).records[record],
    ).toEqual([{ userId: 'local', name: 'Local admin', tab: 'alive' }])
  })
})

describe('live events', () => {
  it('sends a save to the other tabs on the record, not to other records', async () => {
    const record = keyOf('saved')
    const a = await tab({ record, tab: 'save-a' })
    const other = await tab({ record: keyOf('saved-other'), tab: 'save-c' })
    await presenceWith(a, ['save-a'])
    await presenceWith(other, ['save-c'])
    const response = await postJson(origin, '/api/live/saved', {
      record,
      tab: 'save-b',
      version: '2026-12-04T10:00:00.000Z',
    })
    expect(response.status).toBe(204)
    const saved = await a.next((event) => event.event === 'saved')
    expect(saved.id).toMatch(/^\d+$/)
    expect(JSON.parse(saved.data)).toEqual({
      record,
      tab: 'save-b',
      version: '2026-12-04T10:00:00.000Z',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
    })
    // The comments code publishes through the same hub.
    await server.handle.publish({ kind: 'comments', record, data: { blockId: 'intro' } })
    const comments = await a.next((event) => event.event === 'comments')
    expect(JSON.parse(comments.data)).toEqual({ record, blockId: 'intro' })
    expect(other.events.filter((event) => event.event !== 'presence')).toEqual([])
  })

  it('replays what a reconnecting tab missed, by Last-Event-ID or since=', async () => {
    const record = keyOf('resume')
    const a = await tab({ record, tab: 'resume-a' })
    await presenceWith(a, ['resume-a'])
    await postJson(origin, '/api/live/saved', { record, tab: 'resume-b', version: 'v1' })
    const first = await a.next((event) => event.event === 'saved')
    a.close()
    await postJson(origin, '/api/live/saved', { record, tab: 'resume-b', version: 'v2' })
    await server.handle.publish({ kind: 'approvals', record, data: {} })
    await postJson(origin, '/api/live/saved', { record, tab: 'resume-b', version: 'v3' })

    const missed = (stream: SseClient) =>
      stream
        .next((event) => event.event === 'saved' && event.data.includes('"v3"'))
        .then(() =>
          stream.events
            .filter((event) => event.event !== 'presence')
            .map((event) => [event.event, JSON.parse(event.data) as { version?: string }]),
        )
    const expected = [
      ['saved', expect.objectContaining({ version: 'v2' })],
      ['approvals', { record }],
      ['saved', expect.objectContaining({ version: 'v3' })],
    ]
    const byHeader = await tab({ record, tab: 'resume-a' }, { 'Last-Event-ID': first.id ?? '' })
    expect(await missed(byHeader)).toEqual(expected)
    const byQuery = await tab({ record, tab: 'resume-a2', since: first.id ?? '' })
    expect(await missed(byQuery)).toEqual(expected)
  })

  it('is neither compressed nor held back by the JSON compression', async () => {
    const record = keyOf('compress')
    const a = await tab({ record, tab: 'zip-a' }, { 'Accept-Encoding': 'br, gzip' })
    // The events arrive while the answer is still open: nothing buffers the stream.
    await presenceWith(a, ['zip-a'])
    expect(a.response.headers.get('content-encoding')).toBeNull()
    expect(a.response.headers.get('cache-control')).toContain('no-transform')
  })
})

describe('live input', () => {
  const badStream = async (query: Record<string, string>, headers: Record<string, string> = {}) => {
    const response = await fetch(
      `${origin}/api/live/stream?${new URLSearchParams(query).toString()}`,
      {
        headers,
      },
    )
    const body = (await response.json()) as { message: string }
    return { status: response.status, message: body.message }
  }

  it('answers 400 naming what is wrong', async () => {
    const record = keyOf('bad')
    expect(await badStream({ tab: 'a' })).toEqual({
      status: 400,
      message: expect.stringContaining('record is required') as unknown,
    })
    expect(
      await badStream({ record: JSON.stringify(['basker', 'x'.repeat(520)]), tab: 'a' }),
    ).toEqual({
      status: 400,
      message: expect.stringContaining('longer than 512') as unknown,
    })
    expect((await badStream({ record: keyOf('p', 'tines'), tab: 'a' })).message).toContain(
      'first element is this server\'s backend ("basker")',
    )
    expect((await badStream({ record: 'not json', tab: 'a' })).status).toBe(400)
    expect((await badStream({ record, tab: 'a b' })).message).toContain('tab must be')
    expect((await badStream({ record, tab: 'a', since: '-1' })).message).toContain('since')
    expect((await badStream({ record, tab: 'a', label: 'x'.repeat(41) })).message).toContain(
      'label is longer than 40',
    )
    expect((await badStream({ record, tab: 'a' }, { 'Last-Event-ID': 'abc' })).message).toContain(
      'Last-Event-ID',
    )

    const presence = await postJson(origin, '/api/live/presence', { record, tab: 'a' })
    expect(presence.status).toBe(400)
    const saved = await postJson(origin, '/api/live/saved', { record, tab: 'a', version: 3 })
    expect(saved.status).toBe(400)
    const notJson = await fetch(`${origin}/api/live/saved`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: '{',
    })
    expect(notJson.status).toBe(400)
    const many = new URLSearchParams(
      Array.from({ length: 201 }, (_, index) => ['records', keyOf(`r${index}`)]),
    )
    const list = await fetch(`${origin}/api/live/presence?${many.toString()}`)
    expect(list.status).toBe(400)
    expect(((await list.json()) as { message: string }).message).toContain('at most 200')
    const none = await fetch(`${origin}/api/live/presence`)
    expect(none.status).toBe(400)
  })

  it('has a stream URL helper the tests agree on', () => {
    expect(streamUrl('http://x', { record: '["basker"]', tab: 't' })).toBe(
      'http://x/api/live/stream?record=%5B%22basker%22%5D&tab=t',
    )
  })
})
