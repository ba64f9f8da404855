// Hostile or broken answers from a Tines backend: every one becomes an AdapterError 'malformed'
// naming what was wrong; a listing that never ends is cut off; rich text is sanitized on its way
// out.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { adapterError } from '../contract/contract-helpers'
import { itTurnsHostileRepliesIntoMalformed } from '../contract/hostile-replies'
import type { AdapterCall, HostileReply } from '../contract/hostile-replies'
import type { FetchLike } from '../http'
import { createTinesAdapter } from './tines-adapter'
import { MAX_LIST_PAGES } from './validate'

const ref = { collection: 'cases', id: '7' }
const CASE = { case_id: 7, name: 'Phishing report', status: 'open' }

function adapterAnswering(reply: (url: string, init?: RequestInit) => Response) {
  const calls: { url: string; method: string; body: unknown }[] = []
  const fetch: FetchLike = (url, init) => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined
    calls.push({ url, method: init?.method ?? 'GET', body })
    return Promise.resolve(reply(url, init))
  }
  return { adapter: createTinesAdapter({ baseUrl: '/api/backend', fetch }), calls }
}

const text = (body: string, status = 200) => new Response(body, { status })
const json = (body: unknown, status = 200) => text(JSON.stringify(body), status)

/** The case itself is fine; its block listing answers `blocks`. */
const caseWithBlocks = (blocks: () => Response) => (url: string) =>
  /\/blocks\?/.test(url) ? blocks() : json(CASE)

const calls: AdapterCall[] = [
  ['listRecords', (a) => a.listRecords({ collection: 'cases', page: 1, limit: 10 })],
  ['loadRecord', (a) => a.loadRecord(ref)],
]

const hostile: HostileReply[] = [
  ['invalid JSON', () => text('{"cases": [1,'), /invalid JSON/],
  ['an array', () => json([]), /Tines sent an unexpected/],
  ['null', () => json(null), /Tines sent an unexpected/],
  ['an empty body', () => text(''), /Tines sent an unexpected/],
  ['wrong types', () => json({ case_id: 'x', cases: {}, meta: [] }), /Tines sent an unexpected/],
]

describe('Tines adapter against hostile responses', () => {
  itTurnsHostileRepliesIntoMalformed(calls, hostile, (reply) => adapterAnswering(reply).adapter)

  it('a block listing with a bad block names where it is wrong', async () => {
    const blocks = () =>
      json({
        blocks: [{ id: 1, title: 'x', block_type: 'note', position: -1 }],
        meta: { per_page: 500, pages: 1, count: 1 },
      })
    const error = await adapterError(
      adapterAnswering(caseWithBlocks(blocks)).adapter.loadRecord(ref),
    )
    expect(error.kind).toBe('malformed')
    expect(error.message).toMatch(/block list at blocks\.0\.position/)
  })

  it('a listing whose pages never end is cut off', async () => {
    let page = 0
    const endless = () => {
      page += 1
      return json({
        blocks: [{ id: page, title: `b${page}`, block_type: 'note', position: 0 }],
        meta: { per_page: 500, pages: 1_000_000_000, count: 1_000_000_000 },
      })
    }
    const error = await adapterError(
      adapterAnswering(caseWithBlocks(endless)).adapter.loadRecord(ref),
    )
    expect(error.kind).toBe('malformed')
    expect(error.message).toMatch(/past 200 pages/)
    expect(page).toBe(MAX_LIST_PAGES)
  })

  it('a search over cases whose pages never end is cut off too', async () => {
    let page = 0
    const endless = () => {
      page += 1
      return json({
        cases: [{ ...CASE, case_id: page }],
        meta: { per_page: 500, pages: 1_000_000_000, count: 1_000_000_000 },
      })
    }
    const { adapter } = adapterAnswering(endless)
    const error = await adapterError(
      adapter.listRecords({ collection: 'cases', page: 1, limit: 10, search: 'x' }),
    )
    expect(error.kind).toBe('malformed')
    expect(page).toBe(MAX_LIST_PAGES)
  })

  it('html note content is sanitized before it is sent', async () => {
    const base = [
      {
        id: '11',
        type: 'html',
        value: { title: 'Notes', hidden: false, color: 'white', content_html: '<p>a</p>' },
      },
    ]
    const listing = () =>
      json({
        blocks: [
          {
            id: 11,
            title: 'Notes',
            block_type: 'html',
            position: 0,
            hidden: false,
            elements: [
              { element_id: 5, element_type: 'note', content: '<p>a</p>', color: 'white' },
            ],
          },
        ],
        meta: { per_page: 500, pages: 1, count: 1 },
      })
    const { adapter, calls: seen } = adapterAnswering((url, init) => {
      if (init?.method === 'PUT') return json({})
      return /\/blocks\?/.test(url) ? listing() : json(CASE)
    })
    await adapter.loadRecord(ref)
    await adapter.applyOperations(
      ref,
      [
        {
          op: 'update',
          blockId: '11',
          value: {
            content_html: '<p>b</p><svg onload="alert(1)"></svg><a href="javascript:x()">l</a>',
          },
        },
      ],
      { version: null, base },
    )
    const puts = seen.filter((c) => c.method === 'PUT')
    expect(puts).toEqual([
      {
        url: '/api/backend/api/v2/cases/7/blocks/11/elements/5',
        method: 'PUT',
        body: { content: '<p>b</p><a>l</a>' },
      },
    ])
  })
})
