import { describe, expect, it } from 'vitest'
import type { FetchLike } from '../http'
import { AdapterError } from '../types'
import error422 from './fixtures/error-422.json'
import list from './fixtures/list.json'
import patchFull from './fixtures/patch-full.json'
import record from './fixtures/record.json'
import { createBaskerAdapter } from './basker-adapter'

function backend(reply: (url: string, init?: RequestInit) => Response) {
  const calls: { url: string; method: string; body: unknown }[] = []
  const fetch: FetchLike = (url, init) => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined
    calls.push({ url, method: init?.method ?? 'GET', body })
    return Promise.resolve(reply(url, init))
  }
  const adapter = createBaskerAdapter({
    baseUrl: '/api/backend',
    tenant: 'roh',
    apiVersion: '2026-02',
    fetch,
  })
  return { adapter, calls }
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status })
const ref = { collection: 'pages', id: 'page_123' }

describe('createBaskerAdapter', () => {
  it('declares Basker capabilities and the ten collections', () => {
    const { adapter } = backend(() => json({}))
    expect(adapter.capabilities).toMatchObject({
      nesting: false,
      drafts: true,
      publish: false,
      concurrency: 'ifUpdatedAt',
    })
    expect(adapter.collections).toHaveLength(10)
  })

  it('lists with limit, page and a title search through the proxy', async () => {
    const { adapter, calls } = backend(() => json(list))
    const page = await adapter.listRecords({
      collection: 'pages',
      page: 2,
      limit: 2,
      search: 'spring & co',
    })
    expect(calls[0]?.url).toBe(
      '/api/backend/partners/2026-02/roh/pages?limit=2&page=2&where[title][like]=spring%20%26%20co',
    )
    expect(page.items).toHaveLength(2)
  })

  it("answers the record's theme read from the record just read, once; then asks again", async () => {
    const answer = { ...record, themeSettings: { primaryColor: '#0a3d62' } }
    const { adapter, calls } = backend(() => json(answer))
    await adapter.loadRecord(ref)
    const scope = { kind: 'record' as const, ref }
    const first = await adapter.themeSettings?.load(scope)
    expect(first).toEqual({ values: { primaryColor: '#0a3d62' }, version: record.updatedAt })
    expect(calls).toHaveLength(1)
    // A second read (the form reloaded, a 409) goes to the backend.
    await adapter.themeSettings?.load(scope)
    expect(calls).toHaveLength(2)
    expect(calls[1]?.url).toBe('/api/backend/partners/2026-02/roh/pages/page_123?draft=true')
  })

  it('never answers a fresh theme read (the re-read after a 409) from the record just read', async () => {
    const answer = { ...record, themeSettings: { primaryColor: '#0a3d62' } }
    const { adapter, calls } = backend(() => json(answer))
    await adapter.loadRecord(ref)
    await adapter.themeSettings?.load({ kind: 'record', ref }, { fresh: true })
    expect(calls).toHaveLength(2)
    expect(calls[1]?.url).toBe('/api/backend/partners/2026-02/roh/pages/page_123?draft=true')
  })

  it('loads the draft and keeps updatedAt as the version', async () => {
    const { adapter, calls } = backend(() => json(record))
    const doc = await adapter.loadRecord(ref)
    expect(calls[0]?.url).toBe('/api/backend/partners/2026-02/roh/pages/page_123?draft=true')
    expect(doc.version).toBe(record.updatedAt)
  })

  it('loads the published version without ?draft=true, and null when nothing is published', async () => {
    const { adapter, calls } = backend((url) =>
      url.endsWith('/pages/page_123')
        ? json(record)
        : json({ error: 'NotFound', message: 'never been published' }, 404),
    )
    const doc = await adapter.published?.loadPublished(ref)
    expect(calls[0]?.url).toBe('/api/backend/partners/2026-02/roh/pages/page_123')
    expect(doc?.version).toBe(record.updatedAt)
    expect(doc?.blocks.length).toBe(record.blocks.length)
    expect(await adapter.published?.loadPublished({ collection: 'pages', id: 'draft_only' })).toBe(
      null,
    )
  })

  it('passes other failures of the published read on', async () => {
    const { adapter } = backend(() => json({ error: 'Boom', message: 'down' }, 500))
    await expect(adapter.published?.loadPublished(ref)).rejects.toBeInstanceOf(AdapterError)
  })

  it('reads the block schema of the collection', async () => {
    const { adapter, calls } = backend(() =>
      json({ blocks: [{ type: 'hero', label: 'Hero', fields: [] }] }),
    )
    expect(await adapter.loadBlockTypes(ref)).toEqual([{ type: 'hero', label: 'Hero', fields: [] }])
    expect(calls[0]?.url).toBe('/api/backend/partners/2026-02/roh/pages/blocks/schema')
  })

  it('PATCHes operations unchanged with draft and ifUpdatedAt', async () => {
    const { adapter, calls } = backend(() => json(patchFull))
    const ops = [{ op: 'remove' as const, blockId: 'legacy_1' }]
    const outcome = await adapter.applyOperations(ref, ops, { version: 'v1', base: [] })
    expect(calls[0]).toEqual({
      url: '/api/backend/partners/2026-02/roh/pages/page_123/blocks',
      method: 'PATCH',
      body: { draft: true, ifUpdatedAt: 'v1', operations: ops },
    })
    expect(outcome.version).toBe(patchFull.document.updatedAt)
  })

  it('reports the failing operation of a 422', async () => {
    const { adapter } = backend(() => json(error422, 422))
    const ops = [
      { op: 'remove' as const, blockId: 'a' },
      { op: 'remove' as const, blockId: 'b' },
      { op: 'update' as const, blockId: 'c', value: { x: 1 } },
    ]
    const error = await adapter
      .applyOperations(ref, ops, { version: 'v1', base: [] })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AdapterError)
    expect((error as AdapterError).details).toMatchObject({ operationIndex: 2, blockId: 'c' })
  })

  it('maps a 409 to conflict', async () => {
    const { adapter } = backend(() => json({ error: 'Conflict', message: 'changed' }, 409))
    await expect(
      adapter.applyOperations(ref, [], { version: 'old', base: [] }),
    ).rejects.toMatchObject({
      kind: 'conflict',
      message: 'changed',
    })
  })

  it('refuses a collection Basker cannot block-edit without calling it', async () => {
    const { adapter, calls } = backend(() => json({}))
    await expect(adapter.loadRecord({ collection: 'media', id: 'x' })).rejects.toMatchObject({
      kind: 'not-found',
    })
    expect(calls).toHaveLength(0)
  })

  it('escapes ids in paths', async () => {
    const { adapter, calls } = backend(() => json(record))
    await adapter.loadRecord({ collection: 'pages', id: 'a/b?c' })
    expect(calls[0]?.url).toBe('/api/backend/partners/2026-02/roh/pages/a%2Fb%3Fc?draft=true')
  })
})
