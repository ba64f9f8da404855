// Hostile, broken or unexpected answers from a Drumee hub: every one becomes an AdapterError with a
// message naming what was wrong (never a trusted value, a hang or an endless paging), and the
// hub's plausible shapes (raw or enveloped content, one row as an object) are all read.
import { describe, expect, it } from 'vitest'
import { adapterError } from '../contract/contract-helpers'
import { itTurnsHostileRepliesIntoMalformed } from '../contract/hostile-replies'
import type { AdapterCall, HostileReply } from '../contract/hostile-replies'
import { MAX_MESSAGE_CHARS } from '../http'
import type { FetchLike } from '../http'
import type { RecordRef } from '../types'
import { createDrumeeAdapter } from './drumee-adapter'

const ref: RecordRef = { collection: 'pages', id: '1', device: 'desktop', locale: 'en' }

interface Sent {
  service: string
  body: Record<string, unknown>
  headers: Headers
}

/** An adapter whose hub answers each call with `answer(service, body)`. */
function hubAnswering(answer: (service: string, body: Record<string, unknown>) => Response) {
  const sent: Sent[] = []
  const fetch: FetchLike = (url, init) => {
    const service = /\/-\/svc\/([\w.]+)$/.exec(url)?.[1] ?? '?'
    const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as Record<
      string,
      unknown
    >
    sent.push({ service, body, headers: new Headers(init?.headers) })
    return Promise.resolve(answer(service, body))
  }
  return { adapter: createDrumeeAdapter({ baseUrl: '/api/backend', fetch }), sent }
}

const json = (body: unknown, status = 200) => Response.json(body, { status })
const text =
  (body: string, status = 200) =>
  () =>
    new Response(body, { status })

const FILE = {
  kind: 'page',
  kids: [{ id: 'a', kind: 'heading', data: { text: 'A' } }],
  id: 1,
  hashtag: 'home',
  device: 'desktop',
  lang: 'en',
  serial: 3,
}
const envelope = (data: unknown) => ({ __ack__: 'block.x', __status__: 'ok', data })

const calls: AdapterCall[] = [
  ['listRecords', (a) => a.listRecords({ collection: 'pages', page: 1, limit: 10 })],
  ['loadRecord', (a) => a.loadRecord(ref)],
  ['history', (a) => a.history!.list(ref, { page: 1, limit: 10 })],
]

const hostile: HostileReply[] = [
  ['invalid JSON', text('{"data": [1, 2'), /invalid JSON/],
  ['HTML instead of JSON', text('<html>Bad gateway</html>'), /invalid JSON/],
  ['a string', () => json('ok'), /unexpected/],
  ['data that is a number', () => json(envelope(7)), /unexpected/],
  ['rows that are not objects', () => json(envelope([1, 2])), /unexpected/],
]

describe('drumee: hostile replies', () => {
  itTurnsHostileRepliesIntoMalformed(calls, hostile, (reply) => hubAnswering(() => reply()).adapter)

  it('names what it did not understand in a content answer', async () => {
    const { adapter } = hubAnswering(() => json({ kind: 'page', kids: 'nope' }))
    const error = await adapterError(adapter.loadRecord(ref))
    expect(error.kind).toBe('malformed')
    expect(error.message).toMatch(/neither a stored tree .* nor a placeholder/)
    const badKids = hubAnswering(() => json({ ...FILE, kids: 'nope' }))
    expect((await adapterError(badKids.adapter.loadRecord(ref))).message).toMatch(
      /kids is not a list/,
    )
  })

  it('stops a hub that answers full pages forever', async () => {
    let n = 0
    const { adapter, sent } = hubAnswering(() => {
      n += 1
      const rows = Array.from({ length: 45 }, (_, i) => ({
        id: n * 100 + i,
        hashtag: `p${n}-${i}`,
      }))
      return json(envelope(rows))
    })
    const error = await adapterError(
      adapter.listRecords({ collection: 'pages', page: 1, limit: 5 }),
    )
    expect(error.message).toMatch(/did not end after 400 pages/)
    expect(sent).toHaveLength(400)
    const same = hubAnswering(() => json(envelope(Array(45).fill({ id: 1, hashtag: 'x' }))))
    const twice = await adapterError(
      same.adapter.listRecords({ collection: 'pages', page: 1, limit: 5 }),
    )
    expect(twice.message).toMatch(/page 2 of the page list twice/)
  })
})

describe('drumee: every plausible shape is read', () => {
  it('content raw, inside {data}, and a placeholder (an empty page, not "Could not find")', async () => {
    for (const answer of [FILE, envelope(FILE)]) {
      const { adapter, sent } = hubAnswering(() => json(answer))
      const doc = await adapter.loadRecord(ref)
      expect(doc).toMatchObject({ title: 'home', version: '3', blocks: [{ id: 'a' }] })
      expect(sent[0]?.body).toEqual({ id: '1', device: 'desktop', pagelang: 'en', status: 'draft' })
    }
    const placeholder = envelope({
      kind: 'box',
      kids: [{ kind: 'note', content: 'Could not find <u>1</u>' }],
    })
    const exists = hubAnswering((service) =>
      json(service === 'block.content' ? placeholder : envelope({ exists: 1, hashtag: 'home' })),
    )
    expect(await exists.adapter.loadRecord(ref)).toEqual({
      ref,
      title: 'home',
      blocks: [],
      version: '0',
    })
    for (const none of [{ exists: 0 }, [], {}]) {
      const missing = hubAnswering((service) =>
        json(service === 'block.content' ? placeholder : envelope(none)),
      )
      expect((await adapterError(missing.adapter.loadRecord(ref))).kind).toBe('not-found')
    }
  })

  it('one row as an object, or as an array of one', async () => {
    const row = { id: 1, hashtag: 'home', status: 'online', mtime: 1_700_000_000 }
    for (const data of [row, [row]]) {
      const { adapter } = hubAnswering(() => json(envelope(data)))
      const page = await adapter.listRecords({ collection: 'pages', page: 1, limit: 10 })
      expect(page.items).toEqual([
        {
          ref: { collection: 'pages', id: '1' },
          title: 'home',
          status: 'published',
          updatedAt: new Date(1_700_000_000_000).toISOString(),
        },
      ])
    }
  })

  it('history rows keyed either way', async () => {
    const hub = { id: 9, serial: 3, active: 1, isonline: 0, device: 'desktop', lang: 'en' }
    const alt = { id: '1', history_id: '9', serial: '3', is_current: 1, comment: 'Mine' }
    for (const [row, label] of [
      [hub, 'Version 3'],
      [alt, 'Version 3 · Mine'],
    ] as const) {
      const { adapter } = hubAnswering(() => json(envelope(row)))
      const list = await adapter.history!.list(ref, { page: 1, limit: 10 })
      expect(list.items).toEqual([expect.objectContaining({ id: '3', label, published: false })])
    }
  })
})

describe('drumee: errors as sentences and retry decisions', () => {
  const refusal = (status: number, body: Record<string, unknown>) => () =>
    json({ ...body, error_code: status, status, __ack__: 'block.store', data: [] }, status)

  it.each([
    [400, { error: 'BLOCK_NAME_EXIST' }, 'conflict', /a page with this name already exists/],
    [409, { error: 'BLOCK_NAME_EXIST' }, 'conflict', /already exists/],
    [
      412,
      { error: 'VARIABLE **serial** IS MANDATORY' },
      'bad-request',
      /needs the parameter serial/,
    ],
    [400, { error: 'LETC_TOO_DEEP', reason: 'too deep' }, 'bad-request', /nested too deeply/],
    [400, { error: 'Something odd' }, 'bad-request', /refused block.rename: Something odd/],
    [500, { error: 'SERVER_FAULT' }, 'server', /SERVER_FAULT/],
  ])('%s %o → %s', async (status, body, kind, message) => {
    const { adapter } = hubAnswering(refusal(status, body))
    const error = await adapterError(adapter.recordAdmin!.rename(ref, 'x'))
    expect(error.kind).toBe(kind)
    expect(error.message).toMatch(message)
    expect(error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 1)
  })

  it('a refusal answered with HTTP 200 is an error, not a result', async () => {
    const { adapter } = hubAnswering(() =>
      json({ error: 'user_error', status: 'WRONG_CREDENTIALS' }),
    )
    const error = await adapterError(adapter.recordAdmin!.rename(ref, 'x'))
    expect(error.kind).toBe('auth')
    expect(error.message).toMatch(/BACKEND_USERNAME and BACKEND_PASSWORD/)
  })

  it('a permission failure is tried once more, asking the proxy to log in again', async () => {
    let first = true
    const { adapter, sent } = hubAnswering((service) => {
      if (first) {
        first = false
        return json({ error: `${service}: PERMISSION_DENIED`, error_code: 403, data: [] }, 403)
      }
      return json(envelope({ hashtag: 'renamed' }))
    })
    expect(await adapter.recordAdmin!.rename(ref, 'renamed')).toEqual({ title: 'renamed' })
    expect(sent.map((s) => s.headers.get('x-drumee-session'))).toEqual([null, 'renew'])
    const denied = hubAnswering(() => json({ error: 'block.rename: PERMISSION_DENIED' }, 403))
    const error = await adapterError(denied.adapter.recordAdmin!.rename(ref, 'x'))
    expect(error.kind).toBe('forbidden')
    expect(error.message).toMatch(/may not do this \[PERMISSION_DENIED\]/)
    expect(denied.sent).toHaveLength(2)
  })

  it("the server's own login failure: wrong credentials stop, an unreachable hub is retried", async () => {
    const loginFailed = (code: string) => () =>
      json(
        {
          error: 'Service Unavailable',
          message: `The Drumee hub refused the server's login (${code}).`,
          errors: [{ path: 'backend-login', message: 'x', code }],
        },
        503,
      )
    const wrong = hubAnswering(loginFailed('WRONG_CREDENTIALS'))
    const stop = await adapterError(wrong.adapter.loadRecord(ref))
    expect(stop).toMatchObject({
      kind: 'auth',
      message: expect.stringMatching(/refused the server's login/),
    })
    const down = hubAnswering(loginFailed('LOGIN_FAILED'))
    expect((await adapterError(down.adapter.loadRecord(ref))).kind).toBe('server')
  })
})
