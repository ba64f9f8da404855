// Hostile or broken answers from a Basker backend: every one becomes an AdapterError 'malformed'
// with a message naming what was wrong, never an exception from deep inside the editor, a hang,
// or a value the editor trusts blindly.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { adapterError } from '../contract/contract-helpers'
import { itTurnsHostileRepliesIntoMalformed } from '../contract/hostile-replies'
import type { AdapterCall, HostileReply } from '../contract/hostile-replies'
import { MAX_MESSAGE_CHARS } from '../http'
import type { FetchLike } from '../http'
import type { BackendAdapter } from '../types'
import { createBaskerAdapter } from './basker-adapter'

const ref = { collection: 'pages', id: 'home' }

function adapterAnswering(reply: () => Response): {
  adapter: BackendAdapter
  sent: unknown[]
} {
  const sent: unknown[] = []
  const fetch: FetchLike = (_url, init) => {
    if (typeof init?.body === 'string') sent.push(JSON.parse(init.body))
    return Promise.resolve(reply())
  }
  return {
    adapter: createBaskerAdapter({
      baseUrl: '/api/backend',
      tenant: 't',
      apiVersion: '2026-02',
      fetch,
    }),
    sent,
  }
}

const text =
  (body: string, status = 200, headers: Record<string, string> = {}) =>
  () =>
    new Response(body, { status, headers })
const json = (body: unknown) => text(JSON.stringify(body))

const calls: AdapterCall[] = [
  ['listRecords', (a) => a.listRecords({ collection: 'pages', page: 1, limit: 10 })],
  ['loadRecord', (a) => a.loadRecord(ref)],
  ['loadBlockTypes', (a) => a.loadBlockTypes(ref)],
  [
    'applyOperations',
    (a) => a.applyOperations(ref, [{ op: 'remove', blockId: 'x' }], { version: 'v', base: [] }),
  ],
]

const hostile: HostileReply[] = [
  ['invalid JSON', text('{"docs": [1, 2'), /invalid JSON/],
  ['truncated JSON', text('{"id":"home","blocks":[{"id":"a","type":"hero","val'), /invalid JSON/],
  ['HTML instead of JSON', text('<html><body>Bad gateway</body></html>'), /invalid JSON/],
  ['an array', json([]), /Basker sent an unexpected/],
  ['null', json(null), /Basker sent an unexpected/],
  ['a string', json('ok'), /Basker sent an unexpected/],
  ['an empty body', text(''), /Basker sent an unexpected/],
  [
    'wrong types',
    json({ docs: 'x', blocks: 7, document: 'y', totalDocs: '1' }),
    /Basker sent an unexpected/,
  ],
  [
    'a declared size over the cap',
    text('{}', 200, { 'content-length': String(500 * 1024 * 1024) }),
    /too large/,
  ],
]

describe('Basker adapter against hostile responses', () => {
  itTurnsHostileRepliesIntoMalformed(calls, hostile, (reply) => adapterAnswering(reply).adapter)

  it('a body that keeps streaming past the cap is cut off', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(32)
    let sentChunks = 0
    const endless = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            sentChunks += 1
            controller.enqueue(chunk)
          },
        }),
      )
    const error = await adapterError(adapterAnswering(endless).adapter.loadRecord(ref))
    expect(error.kind).toBe('malformed')
    expect(error.message).toMatch(/larger than/)
    // Stopped soon after the 20 MB cap, not read to the end (there is none).
    expect(sentChunks).toBeLessThan(30)
  })

  it('blocks without id or type are refused, not shown half-broken', async () => {
    const record = { id: 'home', updatedAt: 'v1', blocks: [{ type: 'hero', value: {} }] }
    const error = await adapterError(adapterAnswering(json(record)).adapter.loadRecord(ref))
    expect(error.kind).toBe('malformed')
    expect(error.message).toMatch(/blocks/)
  })

  it('__proto__ keys in block values pollute nothing', async () => {
    const body =
      '{"id":"home","updatedAt":"v1","blocks":[{"id":"a","type":"hero","value":{"__proto__":{"polluted":true},"heading":"x"}}]}'
    const document = await adapterAnswering(text(body)).adapter.loadRecord(ref)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(document.blocks[0]?.value.heading).toBe('x')
  })

  it('an error status with a hostile body is still a typed error with a short message', async () => {
    const huge = 'x'.repeat(100_000)
    const { adapter } = adapterAnswering(text(`<html>${huge}</html>`, 502))
    const error = await adapterError(adapter.loadRecord(ref))
    expect(error.kind).toBe('server')
    expect(error.message.length).toBeLessThan(200)
    const long = adapterAnswering(text(JSON.stringify({ message: huge }), 422)).adapter
    const rejected = await adapterError(long.loadRecord(ref))
    expect(rejected.kind).toBe('validation')
    expect(rejected.message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 1)
  })

  it('rich text is sanitized before it is sent', async () => {
    const { adapter, sent } = adapterAnswering(
      json({ document: { id: 'home', updatedAt: 'v2', blocks: [] } }),
    )
    await adapter.applyOperations(
      ref,
      [
        {
          op: 'update',
          blockId: 'a',
          value: { body_html: '<p>hi</p><img src=x onerror="alert(1)">', heading: '<b>x</b>' },
        },
      ],
      { version: 'v1', base: [] },
    )
    expect(sent).toEqual([
      {
        draft: true,
        ifUpdatedAt: 'v1',
        operations: [
          {
            op: 'update',
            blockId: 'a',
            value: { body_html: '<p>hi</p><img src="x">', heading: '<b>x</b>' },
          },
        ],
      },
    ])
  })
})
