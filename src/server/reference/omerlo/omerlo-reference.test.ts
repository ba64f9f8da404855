// The Omerlo reference backend over app.request: the documented statuses and envelopes, and the
// decisions the documentation leaves open (whole-array PUTs, omitted items deleted, items
// without id created, relations only to the related kind).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SLOW, startTestServer } from '../../test-support'
import type { TestServer } from '../../test-support'
import { loadOrCreateNamedReferenceKey } from '../reference-keys'
import { classifyOmerlo } from './reference-backend'
import { CONTENT_PREFIX, PROFILE_PREFIX, seedId } from './seed/demo'
import { resetOmerloSeed } from './seed/seed'

let server: TestServer
let key: string

const EVENT = seedId(PROFILE_PREFIX.events, 1)
const ADA = seedId(PROFILE_PREFIX.people, 1)
const LABS = seedId(PROFILE_PREFIX.organizations, 1)
const content = (n: number) => seedId(CONTENT_PREFIX, n)

interface Json {
  data: unknown
  message?: string
}
interface BlockJson {
  id: string
  block_type_id: string
  block_type: { kind: string }
  layout: string | null
  localized: { locale: string; name: string }[]
}
interface EntryJson {
  id: string
  content_id: string | null
  relation_id: string | null
  title: string | null
}

const call = async (
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { 'x-api-key': key },
): Promise<{ status: number; json: Json }> => {
  const response = await server.app.request(`/ref/omerlo/api/community/v2${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  })
  return { status: response.status, json: (await response.json()) as Json }
}

const blocks = async (): Promise<BlockJson[]> =>
  (await call('GET', `/events/${EVENT}/blocks`)).json.data as BlockJson[]
const entries = async (blockId: string): Promise<EntryJson[]> =>
  (await call('GET', `/events/${EVENT}/blocks/${blockId}/entries`)).json.data as EntryJson[]
const named = (list: BlockJson[], en: string): BlockJson => {
  const found = list.find((b) => b.localized.some((l) => l.locale === 'en' && l.name === en))
  if (!found) throw new Error(`no block ${en}`)
  return found
}

beforeAll(async () => {
  server = await startTestServer()
  key = await loadOrCreateNamedReferenceKey(server.dataDir, 'omerlo')
}, SLOW)
afterAll(async () => server?.dispose(), SLOW)
beforeEach(async () => resetOmerloSeed(server.db))

describe('authentication and statuses', () => {
  it('accepts x-api-key (header or query), refuses other keys with 401', async () => {
    expect((await call('GET', '/events')).status).toBe(200)
    expect((await call('GET', `/events?x-api-key=${key}`, undefined, {})).status).toBe(200)
    expect((await call('GET', '/events', undefined, {})).status).toBe(401)
    const basker = { 'x-api-key': server.referenceKey }
    expect((await call('GET', '/events', undefined, basker)).status).toBe(401)
  })

  it('answers 400 for an invalid UUID and 404 for an unknown entity', async () => {
    expect((await call('GET', '/events/not-a-uuid/blocks')).status).toBe(400)
    expect((await call('GET', `/events/${ADA}/blocks`)).status).toBe(404)
    expect((await call('GET', `/events/${EVENT}/blocks/${ADA}/entries`)).status).toBe(404)
    expect((await call('GET', `/widgets/${EVENT}`)).status).toBe(404)
  })
})

describe('reads', () => {
  it('lists and reads profiles, contents and block types in {data} envelopes', async () => {
    const events = await call('GET', '/events?per_page=2')
    expect(events.json).toMatchObject({ meta: { page: 1, per_page: 2, total: 3, total_pages: 2 } })
    expect((events.json.data as { name: string }[]).map((e) => e.name)).toEqual([
      'Spring Festival 2026',
      'Open Data Day',
    ])
    const search = await call('GET', '/people?search=grace')
    expect((search.json.data as { name: string }[]).map((p) => p.name)).toEqual(['Grace Hopper'])
    expect((await call('GET', `/events/${EVENT}`)).json.data).toMatchObject({ id: EVENT })
    expect((await call('GET', '/contents?search=press')).json.data).toEqual([
      expect.objectContaining({ id: content(5), title: 'Press release' }),
    ])
    expect((await call('GET', '/block_types')).json.data).toHaveLength(5)
  })

  it('serves blocks with their type and entries with the title they point at', async () => {
    const list = await blocks()
    expect(list.map((b) => b.block_type.kind)).toEqual([
      'selected_contents',
      'person_relations',
      'selected_contents',
      'organization_relations',
    ])
    const speakers = await entries(named(list, 'Speakers').id)
    expect(speakers.map((e) => [e.relation_id, e.title])).toEqual([
      [ADA, 'Ada Lovelace'],
      [seedId(PROFILE_PREFIX.people, 2), 'Grace Hopper'],
    ])
  })
})

describe('entries PUT', () => {
  it('replaces the whole array: kept ids stay, omitted ones go, items without id are new', async () => {
    const featured = named(await blocks(), 'Featured')
    const [welcome, programme] = await entries(featured.id)
    const put = await call('PUT', `/events/${EVENT}/blocks/${featured.id}/entries`, [
      { id: programme?.id, content_id: content(2), relation_id: null },
      { content_id: content(4) },
    ])
    expect(put.status).toBe(200)
    const after = await entries(featured.id)
    expect(put.json.data).toEqual(after)
    expect(after.map((e) => e.content_id)).toEqual([content(2), content(4)])
    expect(after[0]?.id).toBe(programme?.id)
    expect(after.some((e) => e.id === welcome?.id)).toBe(false)
  })

  it('refuses a relation to the wrong kind, an unknown content and a foreign id (400)', async () => {
    const list = await blocks()
    const speakers = named(list, 'Speakers')
    const wrongKind = await call('PUT', `/events/${EVENT}/blocks/${speakers.id}/entries`, [
      { relation_id: LABS },
    ])
    expect(wrongKind).toMatchObject({ status: 400 })
    expect(wrongKind.json.message).toContain('this block relates person profiles')
    const featured = named(list, 'Featured')
    const unknown = await call('PUT', `/events/${EVENT}/blocks/${featured.id}/entries`, [
      { content_id: seedId(CONTENT_PREFIX, 99) },
    ])
    expect(unknown.status).toBe(400)
    const [speaker] = await entries(speakers.id)
    const foreign = await call('PUT', `/events/${EVENT}/blocks/${featured.id}/entries`, [
      { id: speaker?.id, content_id: content(1) },
    ])
    expect(foreign.status).toBe(400)
    expect(await call('PUT', `/events/${EVENT}/blocks/${featured.id}/entries`, '{')).toMatchObject({
      status: 400,
    })
    expect((await entries(speakers.id)).map((e) => e.title)).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
    ])
  })
})

describe('blocks PUT and PATCH', () => {
  it('reorders, creates and deletes blocks with one PUT; entries stay with their block', async () => {
    const list = await blocks()
    const [featured, speakers, more] = list
    const put = await call('PUT', `/events/${EVENT}/blocks`, [
      { id: speakers?.id },
      { id: featured?.id },
      {
        block_type_id: more?.block_type_id,
        layout: 'grid',
        localized: [{ locale: 'en', name: 'New' }],
      },
    ])
    expect(put.status).toBe(200)
    const after = await blocks()
    expect(after.map((b) => b.localized[0]?.name)).toEqual(['Speakers', 'Featured', 'New'])
    expect((await entries(speakers?.id ?? '')).map((e) => e.title)).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
    ])
    expect(await entries(after[2]?.id ?? '')).toEqual([])
    expect((await call('GET', `/events/${EVENT}/blocks/${more?.id}/entries`)).status).toBe(404)
  })

  it('patches layout and names per locale, keeping the other locales', async () => {
    const featured = named(await blocks(), 'Featured')
    const patch = await call('PATCH', `/events/${EVENT}/blocks/${featured.id}`, {
      layout: 'carousel',
      localized: [{ locale: 'fr', name: 'En vedette' }],
    })
    expect(patch.status).toBe(200)
    expect(patch.json.data).toMatchObject({
      layout: 'carousel',
      localized: [
        { locale: 'en', name: 'Featured' },
        { locale: 'fr', name: 'En vedette' },
      ],
    })
    const typeChange = await call('PATCH', `/events/${EVENT}/blocks/${featured.id}`, {
      block_type_id: featured.block_type_id,
    })
    expect(typeChange.status).toBe(400)
  })
})

describe('request classes for role checks', () => {
  it('reads are reads; blocks and entries writes are edits; removing a profile is a delete', () => {
    const at = (method: string, path: string) => classifyOmerlo({ method, path, body: null })
    const blocksPath = `/api/community/v2/events/${EVENT}/blocks`
    expect(at('GET', blocksPath)).toBe('read')
    expect(at('PUT', blocksPath)).toBe('edit')
    expect(at('PATCH', `${blocksPath}/${EVENT}`)).toBe('edit')
    expect(at('PUT', `${blocksPath}/${EVENT}/entries`)).toBe('edit')
    expect(at('DELETE', `/api/community/v2/events/${EVENT}`)).toBe('delete')
    expect(at('POST', '/api/community/v2/events')).toBe('admin')
  })
})
