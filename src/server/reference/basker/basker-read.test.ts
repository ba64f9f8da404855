// Reading through the Basker reference backend: lists, drafts and published versions, schema,
// and the guards (401, 404, 429) in front of every route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FieldSchema } from '../../../core/types'
import { baskerClient, startTestServer, type TestServer, SLOW } from '../../test-support'
import { createBaskerReference } from '.'

let server: TestServer
let api: ReturnType<typeof baskerClient>

beforeAll(async () => {
  server = await startTestServer()
  api = baskerClient(server)
}, SLOW)
afterAll(() => server.dispose(), SLOW)

const json = async (response: Response): Promise<Record<string, unknown>> =>
  (await response.json()) as Record<string, unknown>

const expectError = async (response: Response, status: number, message: RegExp) => {
  expect(response.status).toBe(status)
  const body = await json(response)
  expect(body.message).toMatch(message)
  expect(typeof body.error).toBe('string')
  expect(typeof body.requestId).toBe('string')
  expect(JSON.stringify(body)).not.toMatch(/\bat .+\.ts:\d+/)
  return body
}

describe('lists', () => {
  it('pages through a collection with Payload-style metadata and summaries only', async () => {
    const first = await json(await api.get('/pages?limit=2'))
    expect(first).toMatchObject({
      totalDocs: 3,
      limit: 2,
      totalPages: 2,
      page: 1,
      pagingCounter: 1,
      hasPrevPage: false,
      hasNextPage: true,
      prevPage: null,
      nextPage: 2,
    })
    const docs = first.docs as Record<string, unknown>[]
    expect(docs.map((doc) => doc.id)).toEqual(['home', 'about'])
    expect(Object.keys(docs[0] ?? {}).sort()).toEqual([
      'createdAt',
      'id',
      'slug',
      'title',
      'updatedAt',
    ])
    const second = await json(await api.get('/pages?limit=2&page=2'))
    expect(second).toMatchObject({
      page: 2,
      pagingCounter: 3,
      hasPrevPage: true,
      prevPage: 1,
      hasNextPage: false,
      nextPage: null,
    })
    expect((second.docs as { id: string }[]).map((doc) => doc.id)).toEqual(['perf-1000'])
  })

  it('filters with where[title][like] and sorts', async () => {
    const found = await json(await api.get('/pages?where[title][like]=HOM'))
    expect((found.docs as { id: string }[]).map((doc) => doc.id)).toEqual(['home'])
    const sorted = await json(await api.get('/pages?sort=title'))
    expect((sorted.docs as { title: string }[]).map((doc) => doc.title)).toEqual([
      'About',
      'Home',
      'Performance (1,000 blocks)',
    ])
    const events = await json(await api.get('/events?limit=100'))
    expect(events.totalDocs).toBeGreaterThanOrEqual(6)
  })

  it('rejects a bad limit or sort with 400', async () => {
    await expectError(await api.get('/pages?limit=abc'), 400, /limit/)
    await expectError(await api.get('/pages?sort=colour'), 400, /sort/)
  })
})

describe('records', () => {
  it('reads the draft with ?draft=true and the published version without it', async () => {
    const draft = await api.draft('pages', 'home')
    const published = await json(await api.get('/pages/home'))
    const hero = (blocks: unknown) =>
      (blocks as { id: string; value: { heading?: string } }[]).find((b) => b.id === 'home-hero')
    expect(hero(draft.blocks)?.value.heading).toMatch(/Spring 2026/)
    expect(hero(published.blocks)?.value.heading).not.toMatch(/Spring 2026/)
    expect(draft.blocks.map((b) => b.id)).toContain('home-countdown')
    expect((published.blocks as { id: string }[]).map((b) => b.id)).not.toContain('home-countdown')
    expect(draft).toMatchObject({ id: 'home', title: 'Home', slug: 'home' })
    expect(draft.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(published.updatedAt).not.toBe(draft.updatedAt)
    expect(draft.blocks.length).toBeGreaterThanOrEqual(10)
  })

  it('answers 404 for the published version of a never-published record', async () => {
    await expectError(await api.get('/pages/perf-1000'), 404, /never been published/)
    expect((await api.draft('pages', 'perf-1000')).blocks).toHaveLength(1000)
  })

  it('returns flat records with their own fields', async () => {
    const event = await api.draft('events', 'event-spring-gala')
    expect(event).toMatchObject({ title: 'Spring Gala', venue: 'Main Hall', blocks: [] })
    expect(typeof event.startDate).toBe('string')
  })

  it('serves a block schema covering every field type', async () => {
    const body = await json(await api.get('/pages/blocks/schema'))
    const blocks = body.blocks as { type: string; label: string; fields: FieldSchema[] }[]
    const types = new Set<string>()
    const walk = (fields: FieldSchema[]) =>
      fields.forEach((f) => (types.add(f.type), walk(f.fields ?? [])))
    blocks.forEach((block) => walk(block.fields))
    expect([...types].sort()).toEqual([
      'array',
      'checkbox',
      'customObject',
      'date',
      'group',
      'number',
      'relationship',
      'richText',
      'select',
      'text',
      'upload',
    ])
    expect(blocks.map((b) => b.type)).toEqual(
      expect.arrayContaining(['hero', 'rich-text', 'heading', 'event-list', 'quote', 'gallery']),
    )
  })
})

describe('guards', () => {
  it('answers 401 without the exact users API-Key header', async () => {
    await expectError(await api.get('/pages', {}), 401, /Missing Authorization/)
    await expectError(
      await api.get('/pages', { Authorization: `Bearer ${server.referenceKey}` }),
      401,
      /Bearer/,
    )
    await expectError(
      await api.get('/pages', { Authorization: 'users API-Key not-the-key' }),
      401,
      /not valid/,
    )
  })

  it('answers 404 for unknown versions, tenants, collections and records', async () => {
    const get = (path: string) =>
      server.app.request(path, {
        headers: { Authorization: `users API-Key ${server.referenceKey}` },
      })
    await expectError(
      await get('/ref/basker/partners/2024-01/demo/pages'),
      404,
      /version "2024-01".*2025-07, 2026-02/,
    )
    await expectError(
      await get('/ref/basker/partners/2025-07/nobody/pages'),
      404,
      /Tenant "nobody"/,
    )
    await expectError(await api.get('/widgets'), 404, /Collection "widgets"/)
    await expectError(await api.get('/pages/missing?draft=true'), 404, /No record "missing"/)
    expect((await get('/ref/basker/partners/2025-07/demo/pages')).status).toBe(200)
  })

  it('answers 429 with Retry-After once a key spends its read or write budget', async () => {
    const limited = createBaskerReference({
      db: server.db,
      basePath: '',
      rateReads: 2,
      rateWrites: 1,
      bodyLimitBytes: 1024 * 1024,
      testHooks: false,
    })
    const headers = {
      Authorization: `users API-Key ${server.referenceKey}`,
      'Content-Type': 'application/json',
    }
    const path = '/partners/2026-02/demo/pages/about'
    const read = () => limited.app.request(`${path}?draft=true`, { headers })
    expect((await read()).status).toBe(200)
    const before = (await json(await read())) as { updatedAt: string }
    const refused = await read()
    await expectError(refused, 429, /Rate limit exceeded for reads/)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1)
    // Writes have their own budget.
    const patch = (ifUpdatedAt: string) =>
      limited.app.request(`${path}/blocks`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({
          draft: true,
          ifUpdatedAt,
          operations: [{ op: 'remove', blockId: 'about-opening' }],
        }),
      })
    expect((await patch(before.updatedAt)).status).toBe(200)
    const after = await api.draft('pages', 'about')
    const second = await patch(after.updatedAt)
    await expectError(second, 429, /writes/)
    expect(second.headers.get('Retry-After')).toMatch(/^\d+$/)
    expect(await api.draft('pages', 'about')).toEqual(after)
  })
})
