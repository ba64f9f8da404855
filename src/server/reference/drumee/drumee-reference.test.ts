// The Drumee reference backend over app.request: the sixteen services with their documented
// parameters, results and errors, and the permission level of each.
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openPostgresDb } from '../../storage/postgres-db'
import { SLOW, startTestServer } from '../../test-support'
import type { TestServer } from '../../test-support'
import { loadOrCreateNamedReferenceKey } from '../reference-keys'
import { resetDrumeeSeed } from './seed/seed'
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
  server = await startTestServer({ referenceTestHooks: true, ...overrides })
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
/** A list's rows: a hub sends one row alone as an object. */
const rows = (answer: { body: Record<string, unknown> }) => {
  const value = answer.body.data
  return (Array.isArray(value) ? value : [value]) as Record<string, unknown>[]
}
/** A user error as a hub answers it: 400 with the key in `error`, Drumee's envelope. */
const userError = (key: string) => ({
  status: 400,
  body: { error: key, error_code: 400, status: 400, data: [] },
})

describe('login, sessions and permissions', () => {
  it('enforces each service level by the session of the user who logged in', async () => {
    expect((await client.call('content', { hashtag: 'home' }, 'anonymous')).status).toBe(200)
    expect(await client.call('info', { hashtag: 'home' }, 'anonymous')).toMatchObject({
      status: 403,
      body: { error: 'block.info: PERMISSION_DENIED', error_code: 403, __ack__: 'block.info' },
    })
    expect((await client.call('info', { hashtag: 'home' }, 'read')).status).toBe(200)
    expect((await client.call('list', {}, 'write')).status).toBe(403)
    expect((await client.call('list', {}, 'delete')).status).toBe(200)
    const unpublish = { id: '1', locale: 'en' }
    expect((await client.call('unpublish', unpublish, 'delete')).body).toMatchObject({
      error: 'block.unpublish: PERMISSION_DENIED',
    })
    const forged = await client.call('list', {}, 'anonymous', { cookie: 'regsid=forged' })
    expect(forged.status).toBe(403)
    expect((await client.call('nothing', {})).status).toBe(400)
  })

  it('sets regsid on a good login; a wrong one is HTTP 200 with WRONG_CREDENTIALS', async () => {
    const password = await loadOrCreateNamedReferenceKey(server.dataDir, 'drumee')
    const good = await client.login('drumee', password)
    expect(good.status).toBe(200)
    expect(good.headers.getSetCookie()[0]).toMatch(
      /^regsid=[\w-]+; Max-Age=2592000; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
    )
    const wrong = await client.login('drumee', 'not-the-password')
    expect(wrong.status).toBe(200)
    expect(wrong.headers.getSetCookie()).toEqual([])
    expect(await wrong.json()).toEqual({ error: 'user_error', status: 'WRONG_CREDENTIALS' })
    const otherUser = await client.login('drumee-read', password)
    expect(await otherUser.json()).toMatchObject({ status: 'WRONG_CREDENTIALS' })
  })

  it('forgets sessions like a restarted hub: the same cookie is anonymous again', async () => {
    expect((await client.call('list', {})).status).toBe(200)
    await server.app.request('/__test/drumee/expire-sessions', { method: 'POST' })
    expect((await client.call('list', {})).status).toBe(403)
    client.forget()
    expect((await client.call('list', {})).status).toBe(200)
  })

  it('answers POST only: a GET, even with a good session, writes nothing (405)', async () => {
    const letc = JSON.stringify({ kind: 'page', kids: [] })
    const query = { id: '1', serial: '3', status: 'publish_with_history', letc }
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const answer = await client.other(method, 'store', query)
      expect(answer.status).toBe(405)
      expect(answer.headers.get('allow')).toBe('POST')
    }
    expect((await content({ id: '1', status: 'published' })).serial).toBe(2)
    expect((await client.other('GET', 'content', { hashtag: 'home' })).status).toBe(405)
  })

  it('reads x-param-<name> headers as parameters, as a hub does', async () => {
    const answer = await client.call('info', {}, 'read', { 'x-param-hashtag': 'about' })
    expect(data(answer)).toMatchObject({ hashtag: 'about' })
  })
})

describe('block.content', () => {
  it('reads the draft, the published file and a serial: the stored file, no envelope', async () => {
    const draft = await content({ hashtag: 'home', status: 'draft' })
    const meta = { id: 1, hashtag: 'home', device: 'desktop', lang: 'en', serial: 3 }
    expect(draft).toMatchObject({ ...meta, meta })
    expect(draft.data).toBeUndefined()
    expect(draft.kids?.map((k) => k.id)).toEqual([
      'home-title',
      'home-intro',
      'home-offer',
      'home-hero',
    ])
    expect((await content({ name: 'home', status: 'published' })).serial).toBe(2)
    expect((await content({ id: '1', serial: 1 })).serial).toBe(1)
    const published = await client.call('content', { hashtag: 'home', status: 'published' })
    expect(published.headers.get('cache-control')).toContain('max-age=31536000')
    expect(published.headers.get('content-type')).toContain('text/plain')
    const drafted = await client.call('content', { hashtag: 'home', status: 'draft' })
    expect(drafted.headers.get('cache-control')).toBe('no-store')
  })

  it('takes the language from pagelang, page-language, Accept-Language, never lang', async () => {
    const langOf = async (params: Record<string, unknown>, headers = {}) => {
      const answer = await client.call(
        'content',
        { hashtag: 'about', ...params },
        'anonymous',
        headers,
      )
      return answer.body.lang
    }
    expect(await langOf({ pagelang: 'fr' })).toBe('fr')
    expect(await langOf({ 'page-language': 'fr' })).toBe('fr')
    expect(await langOf({}, { 'accept-language': 'fr-CH, en;q=0.5' })).toBe('fr')
    expect(await langOf({ lang: 'fr' })).toBe('en')
  })

  it('falls back across locales, then devices; nothing found is a 200 placeholder', async () => {
    const fr = await content({ hashtag: 'contact', pagelang: 'fr', status: 'draft' })
    expect([fr.device, fr.lang]).toEqual(['desktop', 'en'])
    const mobile = await content({ hashtag: 'about', device: 'mobile', pagelang: 'fr' })
    expect([mobile.device, mobile.lang]).toEqual(['desktop', 'fr'])
    for (const params of [
      { hashtag: 'contact', status: 'published' },
      { hashtag: 'no-such-page' },
    ]) {
      const missing = await client.call('content', params)
      expect(missing.status).toBe(200)
      expect(missing.body).toMatchObject({ __ack__: 'block.content' })
      const tree = data(missing)
      expect(tree.serial).toBeUndefined()
      expect(JSON.stringify(tree)).toContain(`Could not find <u>${params.hashtag}</u>`)
    }
    expect(await client.call('content', {})).toMatchObject({
      status: 412,
      body: { error: 'VARIABLE **hashtag** IS MANDATORY', error_code: 412 },
    })
  })
})

describe('block.store', () => {
  it('creates a block, refuses a taken hashtag', async () => {
    const created = await client.call('store', {
      hashtag: 'news',
      letc: { kind: 'page', kids: [] },
      lang: 'fr',
    })
    expect(created.body).toMatchObject({
      __ack__: 'block.store',
      data: { id: '5', active: '1', hashtag: 'news' },
    })
    const taken = await client.call('store', { name: 'home', letc: {} })
    expect(taken).toMatchObject(userError('BLOCK_NAME_EXIST'))
    expect((await client.call('store', { letc: {} })).status).toBe(412)
    expect((await client.call('store', { hashtag: 'x' })).body.error).toBe(
      'VARIABLE **letc** IS MANDATORY',
    )
  })

  it('stores a new draft version; needs the serial; publishes with or without history', async () => {
    const letc = { kind: 'page', kids: [{ id: 'a', kind: 'heading', data: { text: 'A' } }] }
    expect((await client.call('store', { id: '1', letc })).body.error).toBe(
      'VARIABLE **serial** IS MANDATORY',
    )
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
    expect(overwrite).toMatchObject(userError('BLOCK_NOT_FOUND'))
    expect((await client.call('store', { id: '1', serial: 1, letc, status: 'x' })).status).toBe(400)
  })

  it('keeps each device and locale apart', async () => {
    const letc = { kind: 'page', kids: [{ id: 'm', kind: 'heading', data: { text: 'Mobile' } }] }
    await client.call('store', { id: '1', serial: 6, letc, device: 'mobile', lang: 'fr' })
    expect((await content({ id: '1', device: 'mobile', pagelang: 'fr' })).kids).toEqual(letc.kids)
    expect((await content({ id: '1', device: 'desktop', lang: 'en' })).serial).toBe(3)
  })
})

describe('unpublish, delete, purge, rename, copy', () => {
  it('unpublishes once, then refuses; delete is refused while published', async () => {
    const refused = await client.call('delete', { id: '1', locale: 'en' })
    expect(refused).toMatchObject(userError('UNPUBLISH_TO_DELETE'))
    expect((await client.call('unpublish', { id: '1', locale: 'en' })).status).toBe(200)
    const again = await client.call('unpublish', { id: '1', locale: 'en' })
    expect(again).toMatchObject(userError('NOT_PUBLISHED'))
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
    expect(data(await client.call('content', { hashtag: 'contact' })).serial).toBeUndefined()
    expect((await client.call('purge', { id: 'contact' })).body.error).toBe('FAILED')
  })

  it('renames, rewriting the hashtag of every file; refuses a taken name', async () => {
    const renamed = await client.call('rename', { id: '3', name: 'reach-us' })
    expect(data(renamed).hashtag).toBe('reach-us')
    expect((await content({ hashtag: 'reach-us', serial: 0 })).hashtag).toBe('reach-us')
    const taken = await client.call('rename', { id: '3', hashtag: 'home' })
    expect(taken).toMatchObject(userError('BLOCK_NAME_EXIST'))
    expect(await client.call('rename', { id: '99', name: 'x' })).toMatchObject(
      userError('INVALID_DATA'),
    )
  })

  it('copies a version as a new revision, as a new page, and asks before a new page', async () => {
    const history = rows(await client.call('history', { id: '1' }))
    // A hub's history row: its own id is the history entry's.
    const first = { history_id: history.find((h) => h.serial === 1)?.id }
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
    expect(all[0]).toMatchObject({ active: 1, isonline: 0, status: 'draft', hashtag: 'home' })
    expect(all[1]).toMatchObject({ active: 0, isonline: 1, status: 'history' })
    const sept = rows(await client.call('history', { id: '1', month: 9, year: 2026 }))
    expect(sept.map((h) => h.serial)).toEqual([2, 1])
    const refused = await client.call('history', { id: '1', month: 9 })
    expect(refused).toMatchObject(userError('MISSING_PARAM'))
    // One row: a hub sends it as an object, not a one-element array.
    const fr = await client.call('history', { id: '1', lang: 'fr' })
    expect(fr.body.data).toMatchObject({ serial: 4 })
  })

  it('lists, lists by locale and published state, searches the text, logs', async () => {
    const list = rows(await client.call('list', { order: 'A' }))
    expect(list.map((b) => b.hashtag)).toEqual(['home', 'about', 'contact', 'events'])
    const frPublished = rows(
      await client.call('list_by', { locale: 'fr', published: '1', sort: 'ASC', sort_by: 'name' }),
    )
    // list_by rows are per variant (history_id, block_id, lang, device, status, isonline, hashtag).
    expect(new Set(frPublished.map((b) => b.hashtag))).toEqual(new Set(['home']))
    const enDrafts = rows(await client.call('list_by', { published: '0', sort: 'ASC' }))
    expect(new Set(enDrafts.map((b) => b.hashtag))).toEqual(new Set(['contact']))
    expect((await client.call('list_by', { published: '1' })).status).toBe(412)
    const found = rows(await client.call('search', { string: 'reading-group' }, 'anonymous'))
    expect(found.map((h) => [h.hashtag, h.lang])).toEqual([['about', 'en']])
    await client.call('rename', { id: '3', name: 'write-to-us' })
    expect(rows(await client.call('log', {}))[0]).toMatchObject({ action: 'rename' })
    expect(rows(await client.call('filter', {})).map((m) => m.name)).toContain('section')
  })

  it('answers info, exists and assembly', async () => {
    expect(data(await client.call('info', { hashtag: 'home' }, 'read'))).toMatchObject({
      id: 1,
      status: 'online',
    })
    expect((await client.call('info', {}, 'read')).status).toBe(412)
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

describe('limits', () => {
  const nest = (depth: number): Record<string, unknown> => {
    let node: Record<string, unknown> = { id: 'leaf', kind: 'paragraph', data: {} }
    for (let level = 0; level < depth; level += 1)
      node = { id: `n${level}`, kind: 'section', kids: [node] }
    return node
  }

  it('refuses a tree 1,200 levels deep with 400 and keeps the draft', async () => {
    const letc = { kind: 'page', kids: [nest(1200)] }
    const answer = await client.call('store', { id: '1', serial: 3, letc })
    expect(answer).toMatchObject(userError('LETC_TOO_DEEP'))
    expect(String(answer.body.reason)).toContain('more than 64 levels deep')
    expect((await content({ id: '1', status: 'draft' })).serial).toBe(3)
    const fine = await client.call('store', {
      id: '1',
      serial: 3,
      letc: { kind: 'page', kids: [nest(30)] },
    })
    expect(fine.status).toBe(200)
  })

  it('pages lists by 45 rows; a shorter page is the last', async () => {
    for (let n = 0; n < 50; n += 1) {
      const created = await client.call('store', { hashtag: `bulk-${n}`, letc: { kind: 'page' } })
      expect(created.status).toBe(200)
    }
    expect(rows(await client.call('list', { page: 1 }))).toHaveLength(45)
    expect(rows(await client.call('list', { page: 2 }))).toHaveLength(9)
  })
})
