// The Drumee reference backend over app.request: the sixteen services with their documented
// parameters, results and errors, and the permission level of each.
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openPostgresDb } from '../../storage/postgres-db'
import { SLOW, startTestServer } from '../../test-support'
import type { TestServer } from '../../test-support'
import { resetDrumeeSeed } from './seed/seed'
import { classifyDrumee } from './reference-backend'
import { drumeeClient } from './test-client'

let server: TestServer
let client: ReturnType<typeof drumeeClient>

// PGlite by default; PostgreSQL instead (in a schema of its own, dropped after) whenever
// TEST_DATABASE_URL is set, as in CI, so the same SQL is checked on both drivers.
const postgresUrl = process.env.TEST_DATABASE_URL ?? ''
const schema = `drumee_test_${randomBytes(6).toString('hex')}`
const inSchema = async (sql: string) => {
  const admin = await openPostgresDb(postgresUrl ?? '', 1)
  await admin.query(sql)
  await admin.close()
}

beforeAll(async () => {
  let overrides = {}
  if (postgresUrl) {
    await inSchema(`CREATE SCHEMA ${schema}`)
    const scoped = new URL(postgresUrl)
    scoped.searchParams.set('options', `-c search_path=${schema}`)
    overrides = { databaseUrl: scoped.toString() }
  }
  server = await startTestServer(overrides)
  client = drumeeClient(server)
}, SLOW)
afterAll(async () => {
  await server?.dispose()
  if (postgresUrl) await inSchema(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
}, SLOW)
beforeEach(async () => resetDrumeeSeed(server.db))

type Tree = { kind?: string; kids?: { id: string; kids?: unknown[] }[]; serial?: number }
const content = async (
  params: Record<string, unknown>,
): Promise<Tree & Record<string, unknown>> => {
  const answer = await client.call('content', params, 'anonymous')
  expect(answer.status).toBe(200)
  return answer.body as Tree & Record<string, unknown>
}
const data = (answer: { body: Record<string, unknown> }) =>
  answer.body.data as Record<string, unknown>
const rows = (answer: { body: Record<string, unknown> }) =>
  answer.body.data as Record<string, unknown>[]

describe('permissions', () => {
  it('enforces each service level and refuses a bad key', async () => {
    expect((await client.call('content', { hashtag: 'home' }, 'anonymous')).status).toBe(200)
    expect((await client.call('info', { hashtag: 'home' }, 'anonymous')).status).toBe(401)
    expect((await client.call('info', { hashtag: 'home' }, 'read')).status).toBe(200)
    expect((await client.call('list', {}, 'write')).status).toBe(403)
    expect((await client.call('list', {}, 'delete')).status).toBe(200)
    const unpublish = { id: '1', locale: 'en' }
    expect((await client.call('unpublish', unpublish, 'delete')).body).toMatchObject({
      error: 'PERMISSION_DENIED',
    })
    const bad = await server.app.request('/ref/drumee/-/svc/block.list', {
      method: 'POST',
      headers: { authorization: 'Bearer nope' },
    })
    expect(bad.status).toBe(401)
    expect((await client.call('nothing', {})).status).toBe(404)
  })
})

describe('block.content', () => {
  it('reads the draft, the published file and a serial, as text with meta', async () => {
    const draft = await content({ hashtag: 'home', status: 'draft' })
    expect(draft).toMatchObject({
      id: 1,
      hashtag: 'home',
      device: 'desktop',
      lang: 'en',
      serial: 3,
    })
    expect(draft.kids?.map((k) => k.id)).toEqual([
      'home-title',
      'home-intro',
      'home-offer',
      'home-hero',
    ])
    expect((await content({ name: 'home', status: 'published' })).serial).toBe(2)
    expect((await content({ id: '1', serial: 1 })).serial).toBe(1)
    const published = await client.get('content', { hashtag: 'home', status: 'published' })
    expect(published.headers.get('cache-control')).toContain('max-age=31536000')
    expect(published.headers.get('content-type')).toContain('text/plain')
    const drafted = await client.get('content', { hashtag: 'home', status: 'draft' })
    expect(drafted.headers.get('cache-control')).toBe('no-store')
  })

  it('falls back across locales, then devices', async () => {
    const fr = await content({ hashtag: 'contact', lang: 'fr', status: 'draft' })
    expect([fr.device, fr.lang]).toEqual(['desktop', 'en'])
    const mobile = await content({ hashtag: 'about', device: 'mobile', lang: 'fr' })
    expect([mobile.device, mobile.lang]).toEqual(['desktop', 'fr'])
    const missing = await client.call('content', { hashtag: 'contact', status: 'published' })
    expect(missing).toMatchObject({ status: 404, body: { error: 'BLOCK_NOT_FOUND' } })
    expect((await client.call('content', {})).body.error).toBe('MISSING_PARAM')
  })
})

describe('block.store', () => {
  it('creates a block, refuses a taken hashtag', async () => {
    const created = await client.call('store', {
      hashtag: 'news',
      letc: { kind: 'page', kids: [] },
      lang: 'fr',
    })
    expect(created.body).toEqual({ data: { id: '5', active: '1', hashtag: 'news' } })
    const taken = await client.call('store', { name: 'home', letc: {} })
    expect(taken).toMatchObject({ status: 409, body: { error: 'BLOCK_NAME_EXIST' } })
    expect((await client.call('store', { letc: {} })).body.error).toBe('MISSING_PARAM')
    expect((await client.call('store', { hashtag: 'x' })).body.error).toBe('MISSING_PARAM')
  })

  it('stores a new draft version; needs the serial; publishes with or without history', async () => {
    const letc = { kind: 'page', kids: [{ id: 'a', kind: 'heading', data: { text: 'A' } }] }
    expect((await client.call('store', { id: '1', letc })).body.error).toBe('MISSING_PARAM')
    const draft = await client.call('store', { id: '1', serial: 3, letc, comment: 'mine' })
    expect(data(draft).active).toBe('7')
    expect((await content({ id: '1', status: 'draft' })).kids).toEqual(letc.kids)
    expect((await content({ id: '1', status: 'published' })).serial).toBe(2)
    const published = await client.call('store', {
      id: '1',
      serial: 7,
      letc,
      status: 'publish_without_history',
    })
    expect(data(published).active).toBe('7')
    expect((await content({ id: '1', status: 'published' })).serial).toBe(7)
    const withHistory = await client.call('store', {
      id: '1',
      serial: 7,
      letc,
      status: 'publish_with_history',
    })
    expect(data(withHistory).active).toBe('8')
    const overwrite = await client.call('store', {
      id: '1',
      serial: 99,
      letc,
      status: 'draft_without_history',
    })
    expect(overwrite.status).toBe(404)
    expect((await client.call('store', { id: '1', serial: 1, letc, status: 'x' })).status).toBe(400)
  })

  it('keeps each device and locale apart', async () => {
    const letc = { kind: 'page', kids: [{ id: 'm', kind: 'heading', data: { text: 'Mobile' } }] }
    await client.call('store', { id: '1', serial: 6, letc, device: 'mobile', lang: 'fr' })
    expect((await content({ id: '1', device: 'mobile', lang: 'fr' })).kids).toEqual(letc.kids)
    expect((await content({ id: '1', device: 'desktop', lang: 'en' })).serial).toBe(3)
  })
})

describe('unpublish, delete, purge, rename, copy', () => {
  it('unpublishes once, then refuses; delete is refused while published', async () => {
    const refused = await client.call('delete', { id: '1', locale: 'en' })
    expect(refused).toMatchObject({ status: 409, body: { error: 'UNPUBLISH_TO_DELETE' } })
    expect((await client.call('unpublish', { id: '1', locale: 'en' })).status).toBe(200)
    const again = await client.call('unpublish', { id: '1', locale: 'en' })
    expect(again).toMatchObject({ status: 409, body: { error: 'NOT_PUBLISHED' } })
    expect(data(await client.call('delete', { id: '1', locale: 'en' }))).toEqual({
      id: '1',
      device: 'desktop',
      lang: 'en',
    })
    const fallback = await content({ id: '1', status: 'draft' })
    expect([fallback.device, fallback.lang]).toEqual(['desktop', 'fr'])
  })

  it('purges a block by hashtag; a missing one fails', async () => {
    expect((await client.call('purge', { id: 'contact' })).status).toBe(200)
    expect((await client.call('content', { hashtag: 'contact' })).status).toBe(404)
    expect((await client.call('purge', { id: 'contact' })).body.error).toBe('FAILED')
  })

  it('renames, rewriting the hashtag of every file; refuses a taken name', async () => {
    const renamed = await client.call('rename', { id: '3', name: 'reach-us' })
    expect(data(renamed).hashtag).toBe('reach-us')
    expect((await content({ hashtag: 'reach-us', serial: 0 })).hashtag).toBe('reach-us')
    const taken = await client.call('rename', { id: '3', hashtag: 'home' })
    expect(taken).toMatchObject({ status: 409, body: { error: 'BLOCK_NAME_EXIST' } })
    expect((await client.call('rename', { id: '99', name: 'x' })).status).toBe(422)
  })

  it('copies a version as a new revision, as a new page, and asks before a new page', async () => {
    const history = rows(await client.call('history', { id: '1' }))
    const first = history.find((h) => h.serial === 1)
    const revision = await client.call('copy', {
      history_id: first?.history_id,
      locale: 'en',
      option: 2,
    })
    expect(data(revision)).toEqual({ id: '1', serial: '7', device: 'desktop', lang: 'en' })
    expect((await content({ id: '1', status: 'draft' })).serial).toBe(7)
    const confirm = await client.call('copy', {
      history_id: first?.history_id,
      locale: 'en',
      hashtag: 'home-copy',
    })
    expect(confirm.body.error).toBe('CONFIRM_COPY_AS_NEW_PAGE')
    const page = await client.call('copy', {
      history_id: first?.history_id,
      locale: 'fr',
      hashtag: 'home-copy',
      option: 1,
    })
    expect(data(page)).toMatchObject({ id: '5', serial: '1', lang: 'fr' })
    const taken = await client.call('copy', {
      history_id: first?.history_id,
      locale: 'fr',
      hashtag: 'about',
      option: 1,
    })
    expect(taken.body.error).toBe('BLOCK_NAME_EXIST')
  })
})

describe('paged reads', () => {
  it('history is newest first, filtered by month, and month needs year', async () => {
    const all = rows(await client.call('history', { id: '1' }))
    expect(all.map((h) => h.serial)).toEqual([3, 2, 1])
    expect(all[0]).toMatchObject({ is_current: 1, is_online: 0, comment: 'New title' })
    expect(all[1]).toMatchObject({ is_online: 1 })
    const sept = rows(await client.call('history', { id: '1', month: 9, year: 2026 }))
    expect(sept.map((h) => h.serial)).toEqual([2, 1])
    const refused = await client.call('history', { id: '1', month: 9 })
    expect(refused).toMatchObject({ status: 400, body: { error: 'MISSING_PARAM' } })
    const fr = rows(await client.call('history', { id: '1', lang: 'fr' }))
    expect(fr.map((h) => h.serial)).toEqual([4])
  })

  it('lists, lists by locale and published state, searches the text, logs', async () => {
    const list = rows(await client.call('list', { order: 'A' }))
    expect(list.map((b) => b.hashtag)).toEqual(['home', 'about', 'contact', 'events'])
    const frPublished = rows(
      await client.call('list_by', { locale: 'fr', published: '1', sort: 'ASC', sort_by: 'name' }),
    )
    expect(frPublished.map((b) => b.hashtag)).toEqual(['home'])
    const enDrafts = rows(await client.call('list_by', { published: '0', sort: 'ASC' }))
    expect(enDrafts.map((b) => b.hashtag)).toEqual(['contact'])
    expect((await client.call('list_by', { published: '1' })).body.error).toBe('MISSING_PARAM')
    const found = rows(await client.call('search', { string: 'reading-group' }, 'anonymous'))
    expect(found.map((h) => [h.hashtag, h.lang])).toEqual([['about', 'en']])
    await client.call('rename', { id: '3', name: 'write-to-us' })
    expect(rows(await client.call('log', {}))[0]).toMatchObject({ action: 'rename' })
    expect(rows(await client.call('filter', {})).map((m) => m.name)).toContain('section')
  })

  it('answers info, exists and assembly', async () => {
    expect(data(await client.call('info', { hashtag: 'home' }, 'read'))).toMatchObject({
      id: '1',
      published: 1,
    })
    expect((await client.call('info', {}, 'read')).body.error).toBe('MISSING_PARAM')
    expect(data(await client.call('exists', { value: 'about' }, 'anonymous'))).toEqual({
      exists: 1,
      id: '2',
      hashtag: 'about',
    })
    expect(data(await client.call('exists', { string: 'nope' }, 'anonymous'))).toEqual({
      exists: 0,
    })
    const assembly = data(await client.call('assembly', {}, 'anonymous'))
    expect((assembly.blocks as unknown[]).length).toBe(4)
  })
})

describe('classifyDrumee', () => {
  const of = (service: string, body: unknown = {}) =>
    classifyDrumee({ method: 'POST', path: `/-/svc/block.${service}`, body })

  it('tells drafts from publishing, deletes, admin work and reads', () => {
    expect(of('store', { status: '' })).toBe('edit')
    expect(of('store', { status: 'draft_without_history' })).toBe('edit')
    expect(of('store', { status: 'publish_with_history' })).toBe('publish')
    expect(of('store', { status: 'publish_without_history' })).toBe('publish')
    expect(of('unpublish')).toBe('publish')
    expect([of('delete'), of('purge')]).toEqual(['delete', 'delete'])
    expect([of('rename'), of('copy')]).toEqual(['admin', 'admin'])
    for (const read of ['content', 'history', 'list', 'list_by', 'search', 'info', 'log']) {
      expect(of(read)).toBe('read')
    }
  })
})
