// The Omerlo reference backend over app.request: the documented statuses and envelopes, the
// shapes vendor-facts.md says Omerlo answers (localized as an object, kinds on blocks, types
// side-loaded in assocs, errors: [...], no block-type or content listing), the other plausible
// shapes of its test mode, and the decisions the documentation leaves open (whole-array PUTs,
// omitted items deleted, items without id created, relations only to the related kind).
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
  assocs?: Record<string, unknown[]>
  errors?: unknown[]
}
interface BlockJson {
  id: string
  block_type_id: string
  kind: string
  layout: string | null
  localized?: { locale: string; name: string }
  content_ids?: string[]
  profile_ids?: string[]
}
interface EntryJson {
  id: string
  content_id: string | null
  relation_id: string | null
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
/** What each entry points at, as side-loaded in the entries answer's assocs. */
const titles = async (blockId: string): Promise<string[]> => {
  const answer = (await call('GET', `/events/${EVENT}/blocks/${blockId}/entries`)).json
  const named = new Map(
    [...(answer.assocs?.contents ?? []), ...(answer.assocs?.profiles ?? [])].map((item) => {
      const { id, title, name } = item as { id: string; title?: string; name?: string }
      return [id, title ?? name ?? '']
    }),
  )
  return (answer.data as EntryJson[]).map(
    (e) => named.get(e.content_id ?? e.relation_id ?? '') ?? '',
  )
}
const named = (list: BlockJson[], en: string): BlockJson => {
  const found = list.find((b) => b.localized?.locale === 'en' && b.localized.name === en)
  if (!found) throw new Error(`no block ${en}`)
  return found
}

beforeAll(async () => {
  server = await startTestServer({ referenceTestHooks: true })
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
  it('lists and reads profiles in {data} envelopes, and lists no block types or contents', async () => {
    const events = await call('GET', '/events?per_page=2')
    expect(events.json).toMatchObject({ meta: { page: 1, per_page: 2, total: 3, total_pages: 2 } })
    expect((events.json.data as { name: string }[]).map((e) => e.name)).toEqual([
      'Spring Festival 2026',
      'Open Data Day',
    ])
    const search = await call('GET', '/people?search=grace')
    expect((search.json.data as { name: string }[]).map((p) => p.name)).toEqual(['Grace Hopper'])
    expect((await call('GET', `/events/${EVENT}`)).json.data).toMatchObject({ id: EVENT })
    // Not Omerlo endpoints: answered as unknown, with Omerlo's errors: [...] envelope.
    for (const path of ['/block_types', '/contents', `/contents/${content(5)}`]) {
      const answer = await call('GET', path)
      expect(answer.status).toBe(404)
      expect(answer.json).toEqual({ errors: [{ message: expect.stringContaining('not found') }] })
    }
  })

  it('serves blocks as Omerlo does: kind, localized as an object, types in assocs', async () => {
    const answer = (await call('GET', `/events/${EVENT}/blocks`)).json
    const list = answer.data as BlockJson[]
    expect(list.map((b) => b.kind)).toEqual([
      'selected_contents',
      'person_relations',
      'selected_contents',
      'organization_relations',
    ])
    expect(list[1]).toMatchObject({
      localized: { name: 'Speakers', locale: 'en' },
      profile_ids: [ADA, seedId(PROFILE_PREFIX.people, 2)],
    })
    expect(answer.assocs?.profile_block_types).toHaveLength(5)
    expect(answer.assocs?.profile_block_types?.[1]).toMatchObject({
      id: list[1]?.block_type_id,
      kind: 'person_relations',
      localized: { name: 'People', locale: 'en' },
    })
    const speakers = named(list, 'Speakers').id
    expect((await entries(speakers)).map((e) => Object.keys(e).sort())).toEqual([
      ['content_id', 'id', 'relation_id'],
      ['content_id', 'id', 'relation_id'],
    ])
    expect(await titles(speakers)).toEqual(['Ada Lovelace', 'Grace Hopper'])
  })

  it('answers the other plausible shapes in its test mode, until the next reset', async () => {
    const shapes = (body: unknown) =>
      server.app.request('/__test/omerlo/shapes', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    expect((await shapes({ shapes: 'nonsense' })).status).toBe(400)
    expect((await shapes({ shapes: 'other' })).status).toBe(200)
    const list = (await call('GET', `/events/${EVENT}/blocks`)).json as unknown as BlockJson[]
    expect(Array.isArray(list)).toBe(true)
    expect(list[1]).toMatchObject({
      kind: 'person_relations',
      localized: [
        { locale: 'en', name: 'Speakers' },
        { locale: 'fr', name: 'Intervenants' },
      ],
      x_reference_extra: expect.any(Object),
    })
    const answer = await call('GET', `/events/${EVENT}/blocks/${list[1]?.id}/entries`)
    expect(answer.json).toEqual([
      expect.objectContaining({ relation_id: ADA, title: 'Ada Lovelace' }),
      expect.objectContaining({ title: 'Grace Hopper', x_reference_extra: expect.any(Object) }),
    ])
    expect((await call('GET', `/events/${EVENT}`)).json).toMatchObject({ id: EVENT })
    expect((await call('GET', '/contents')).json).toEqual({ errors: [expect.any(String)] })
    await server.app.request('/__test/omerlo/reset', { method: 'POST' })
    expect(Array.isArray((await call('GET', `/events/${EVENT}/blocks`)).json)).toBe(false)
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
    expect(await titles(featured.id)).toEqual(['Programme highlights', 'Call for volunteers'])
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
    expect(JSON.stringify(wrongKind.json.errors)).toContain('this block relates person profiles')
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
    expect(await titles(speakers.id)).toEqual(['Ada Lovelace', 'Grace Hopper'])
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
    expect(after.map((b) => b.localized?.name)).toEqual(['Speakers', 'Featured', 'New'])
    expect(await titles(speakers?.id ?? '')).toEqual(['Ada Lovelace', 'Grace Hopper'])
    expect(await entries(after[2]?.id ?? '')).toEqual([])
    expect((await call('GET', `/events/${EVENT}/blocks/${more?.id}/entries`)).status).toBe(404)
  })

  it('patches layout and names per locale, keeping the other locales', async () => {
    const featured = named(await blocks(), 'Featured')
    const patch = await call('PATCH', `/events/${EVENT}/blocks/${featured.id}`, {
      layout: 'carousel',
      localized: { name: 'En vedette', locale: 'fr' },
    })
    expect(patch.status).toBe(200)
    expect(patch.json.data).toMatchObject({
      layout: 'carousel',
      localized: { name: 'Featured', locale: 'en' },
    })
    const english = await call('PATCH', `/events/${EVENT}/blocks/${featured.id}`, {
      localized: [{ locale: 'en', name: 'Top' }],
    })
    expect(english.json.data).toMatchObject({ localized: { name: 'Top', locale: 'en' } })
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
