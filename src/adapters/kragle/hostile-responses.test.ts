// Hostile or unexpected answers from a Kragle backend: every shape that cannot be a stack fails as
// an AdapterError 'malformed' naming what was wrong; the plausible shapes Kragle's documents leave
// open (an object or a one-element array, enveloped or bare, blocks as objects or as written) are
// read, with every unknown key kept.
import { describe, expect, it } from 'vitest'
import { adapterError } from '../contract/contract-helpers'
import { itTurnsHostileRepliesIntoMalformed } from '../contract/hostile-replies'
import type { AdapterCall, HostileReply } from '../contract/hostile-replies'
import type { FetchLike } from '../http'
import { memoryStorage } from './block-ids'
import { createKragleAdapter } from './kragle-adapter'

const ref = { collection: 'stacks', id: '1' }
const text = (body: string, status = 200) => new Response(body, { status })
const json = (body: unknown, status = 200) => text(JSON.stringify(body), status)

function adapterAnswering(reply: (url: string, init?: RequestInit) => Response) {
  const urls: string[] = []
  const fetch: FetchLike = (url, init) => {
    urls.push(`${init?.method ?? 'GET'} ${url}`)
    return Promise.resolve(reply(url, init))
  }
  const adapter = createKragleAdapter({
    baseUrl: '/api/backend',
    fetch,
    idStorage: memoryStorage(),
  })
  return { adapter, urls }
}

const calls: AdapterCall[] = [
  ['listRecords', (a) => a.listRecords({ collection: 'stacks', page: 1, limit: 10 })],
  ['loadRecord', (a) => a.loadRecord(ref)],
]

const hostile: HostileReply[] = [
  ['invalid JSON', () => text('{"stacks": [1,'), /invalid JSON/],
  ['null', () => json(null), /Kragle sent an unexpected/],
  ['an empty body', () => text(''), /Kragle sent an unexpected/],
  ['a list of two', () => json([{}, {}]), /Kragle sent an unexpected/],
  [
    'a stack whose blocks are not a list',
    () => json({ stacks: [{ id: 1, name: 'a', blocks: {} }], id: 1, name: 'a', blocks: {} }),
    /blocks is not a list/,
  ],
  [
    'a block without a type',
    () =>
      json({
        stacks: [{ id: 1, name: 'a', blocks: [{ id: 3 }] }],
        id: 1,
        name: 'a',
        blocks: [{ id: 3 }],
      }),
    /blocks\[0\] has no block type name/,
  ],
  [
    'an instance id that is no id',
    () => {
      const stack = { id: 1, name: 'a', blocks: [{ id: 'x', type: 't', conversion: null }] }
      return json({ stacks: [stack], ...stack })
    },
    /blocks\[0\]\.id is not an instance id/,
  ],
]

describe('Kragle adapter against hostile responses', () => {
  itTurnsHostileRepliesIntoMalformed(calls, hostile, (reply) => adapterAnswering(reply).adapter)

  it('refuses two blocks with one instance id, and a stack that is not the one asked for', async () => {
    const twice = {
      id: 1,
      name: 'a',
      blocks: [1, 1].map((id) => ({ id, type: 't', conversion: null })),
    }
    const repeated = await adapterError(adapterAnswering(() => json(twice)).adapter.loadRecord(ref))
    expect(repeated.message).toMatch(/blocks\[1\] repeats the instance id 1/)
    const other = await adapterError(
      adapterAnswering(() => json({ id: 2, name: 'b', blocks: [] })).adapter.loadRecord(ref),
    )
    expect([other.kind, other.message]).toEqual([
      'malformed',
      'Kragle answered with stack #2 for stack #1',
    ])
  })

  it.each([
    ['bare', (s: unknown) => s],
    ['a one-element array', (s: unknown) => [s]],
    ['inside {data}', (s: unknown) => ({ data: s })],
    ['a one-element array inside {data}', (s: unknown) => ({ data: [s] })],
  ])('reads a stack sent %s, keeping unknown keys of its blocks', async (_, wrap) => {
    const stack = {
      id: '1',
      name: 'home',
      webhook: null,
      blocks: [
        {
          id: 4,
          type: 'heading',
          conversion: null,
          state: { input: {}, output: {} },
          colour: 'red',
        },
        ['divider', null, { note: 'as written' }],
      ],
    }
    const doc = await adapterAnswering(() => json(wrap(stack))).adapter.loadRecord(ref)
    expect(doc.blocks).toEqual([
      { id: '4', type: 'heading', value: { state: { input: {}, output: {} }, colour: 'red' } },
      { id: expect.any(String), type: 'divider', value: { note: 'as written' } },
    ])
  })

  it('follows pages of the stack list until the count is reached', async () => {
    const page = (n: number, names: string[]) => ({
      count: 12,
      pagesize: 10,
      page: n,
      stacks: names.map((name, i) => ({ id: n * 100 + i, name, blocks: [] })),
    })
    const names = Array.from({ length: 12 }, (_, i) => `s${i}`)
    const { adapter, urls } = adapterAnswering((url) =>
      url.endsWith('page=1') ? json(page(1, names.slice(0, 10))) : json(page(2, names.slice(10))),
    )
    const list = await adapter.listRecords({ collection: 'stacks', page: 1, limit: 50 })
    expect(list.items.map((item) => item.title)).toEqual(names)
    expect(urls).toEqual([
      'GET /api/backend/api/v1/blockstacks?page=1',
      'GET /api/backend/api/v1/blockstacks?page=2',
    ])
  })

  it('asks the proxy for a new login once when a stack comes back signed out, then says so', async () => {
    const signedOut = { id: 1, name: 'a', blocks: [{ id: 5, type: 't' }] }
    const { adapter, urls } = adapterAnswering(() => json(signedOut))
    const error = await adapterError(adapter.loadRecord(ref))
    expect(error.kind).toBe('auth')
    expect(error.message).toMatch(/signed-out user/)
    expect(urls).toHaveLength(2)
  })

  it('retries a code 3 once with a new login, and an unknown code never', async () => {
    const seen: (string | null)[] = []
    const fetch: FetchLike = (_url, init) => {
      seen.push(new Headers(init?.headers).get('x-kragle-session'))
      return Promise.resolve(json({ code: 3, msg: 'not logged in' }, 500))
    }
    const adapter = createKragleAdapter({ baseUrl: '', fetch, idStorage: memoryStorage() })
    const error = await adapterError(adapter.loadRecord(ref))
    expect([error.kind, seen]).toEqual(['auth', [null, 'renew']])
    const unknown = await adapterError(
      adapterAnswering(() => json({ code: 41, msg: '?' }, 500)).adapter.loadRecord(ref),
    )
    expect(unknown.kind).toBe('bad-request')
  })
})
