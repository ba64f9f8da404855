// The Omerlo adapter against the real server: the shared contract suite on the reference answering
// as Omerlo does and on its other plausible shapes, then what only a backend that replaces whole
// arrays needs: exactly the resulting arrays, one PUT per block, no lost update when someone else
// wrote between the editor's read and its write; only documented requests; unknown keys sent back
// untouched; the editor's ids surviving a reload.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Block, Operation } from '../../core'
import { adapterError } from '../../adapters/contract/contract-helpers'
import {
  defineAdapterContract,
  SERVER_START_MS,
} from '../../adapters/contract/define-adapter-contract'
import type { FetchLike } from '../../adapters/http'
import { CONTENT_PREFIX, seedId } from '../../server/reference/omerlo/seed/demo'
import { resetOmerloSeed } from '../../server/reference/omerlo/seed/seed'
import { UNKNOWN_KEY } from '../../server/reference/omerlo/present'
import { createOmerloAdapter } from '../../adapters/omerlo/omerlo-adapter'
import { OMERLO_FESTIVAL, startOmerlo } from './start-omerlo'
import type { OmerloSetup } from './start-omerlo'

defineAdapterContract('omerlo (as Omerlo answers)', () => startOmerlo())
defineAdapterContract('omerlo (the other plausible shapes)', () => startOmerlo(undefined, 'other'))

describe('omerlo: whole arrays, one write per array, no lost update', () => {
  let ctx: OmerloSetup
  let calls: { method: string; path: string; body: unknown }[]
  let reads: string[] = []

  const spy: FetchLike = async (input, init) => {
    const method = init?.method ?? 'GET'
    if (method === 'GET') reads.push(new URL(input).pathname.replace('/api/backend', ''))
    else {
      const path = new URL(input).pathname.replace(`/api/backend/api/community/v2/events/`, '')
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
      calls.push({ method, path, body })
    }
    return fetch(input, init)
  }

  beforeAll(async () => {
    ctx = await startOmerlo(spy)
  }, SERVER_START_MS)
  afterAll(async () => ctx?.teardown?.(), SERVER_START_MS)
  beforeEach(async () => {
    await resetOmerloSeed(ctx.handle.db)
    calls = []
  })

  const load = () => ctx.adapter.loadRecord(ctx.record)
  const named = (blocks: Block[], name: string): Block => {
    const found = blocks.find((b) => b.value.name_en === name)
    if (!found) throw new Error(`no block ${name}`)
    return found
  }
  const entry = (block: Block, title: string): Block => {
    const found = block.children?.find((e) => e.value.title === title)
    if (!found) throw new Error(`no entry ${title}`)
    return found
  }
  const apply = async (base: Block[], ops: Operation[]) =>
    ctx.adapter.applyOperations(ctx.record, ops, { version: null, base })
  const festival = `${OMERLO_FESTIVAL}/blocks`

  it('moves an entry to another block with two entries PUTs of exactly the new arrays', async () => {
    const base = (await load()).blocks
    const featured = named(base, 'Featured')
    const more = named(base, 'More to read')
    const programme = entry(featured, 'Programme highlights')
    const [welcome] = featured.children ?? []
    const [there] = more.children ?? []
    await apply(base, [{ op: 'moveAfter', blockId: programme.id, anchorId: there?.id ?? '' }])
    expect(calls).toEqual([
      {
        method: 'PUT',
        path: `${festival}/${more.id}/entries`,
        body: [
          { id: there?.id, content_id: there?.value.content_id, relation_id: null },
          { content_id: programme.value.content_id, relation_id: null },
        ],
      },
      {
        method: 'PUT',
        path: `${festival}/${featured.id}/entries`,
        body: [{ id: welcome?.id, content_id: welcome?.value.content_id, relation_id: null }],
      },
    ])
    const after = (await load()).blocks
    expect(named(after, 'More to read').children?.map((e) => e.value.title)).toEqual([
      'Getting there',
      'Programme highlights',
    ])
  })

  it('reorders blocks with one blocks PUT and patches names per locale', async () => {
    const base = (await load()).blocks
    const [featured, speakers] = base
    await apply(base, [
      { op: 'moveAfter', blockId: featured?.id ?? '', anchorId: speakers?.id ?? '' },
      { op: 'update', blockId: speakers?.id ?? '', value: { name_fr: 'Orateurs' } },
    ])
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `PUT ${festival}`,
      `PATCH ${festival}/${speakers?.id}`,
    ])
    expect((calls[0]?.body as { id: string }[]).map((b) => b.id)).toEqual(
      [speakers, featured, base[2], base[3]].map((b) => b?.id),
    )
    // localized goes back as Omerlo sends it: one object {name, locale}.
    expect(calls[1]?.body).toEqual({ localized: { name: 'Orateurs', locale: 'fr' } })
  })

  it('refuses a relation to the wrong kind before sending anything', async () => {
    const base = (await load()).blocks
    const ada = entry(named(base, 'Speakers'), 'Ada Lovelace')
    const labs = entry(named(base, 'Partners'), 'Omerlo Labs')
    const error = await adapterError(
      apply(base, [{ op: 'moveBefore', blockId: ada.id, anchorId: labs.id }]),
    )
    expect(error).toMatchObject({ kind: 'validation', details: { operationIndex: 0 } })
    expect(error.message).toBe(
      'Operation 0 (moveBefore): “Partners” takes Organization entry only; a Person entry cannot go there.',
    )
    expect(calls).toEqual([])
  })

  it('an array changed since it was read: rebases on it in the same flush, keeping both changes', async () => {
    const base = (await load()).blocks
    const featured = named(base, 'Featured')
    // Someone else adds an entry to Featured between the editor's read and its write.
    const other = await fetch(
      `${ctx.origin}/api/backend/api/community/v2/events/${festival}/${featured.id}/entries`,
      {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify([
          ...(featured.children ?? []).map((e) => ({ id: e.id, content_id: e.value.content_id })),
          { content_id: seedId(CONTENT_PREFIX, 4) },
        ]),
      },
    )
    expect(other.status).toBe(200)
    calls = []
    const [welcome, programme] = featured.children ?? []
    const ops: Operation[] = [
      { op: 'moveBefore', blockId: programme?.id ?? '', anchorId: welcome?.id ?? '' },
    ]
    // Read, compared with the base, rebased by core, written: one entries PUT holding theirs.
    const outcome = await apply(base, ops)
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `PUT ${festival}/${featured.id}/entries`,
    ])
    const titles = named((await load()).blocks, 'Featured').children?.map((e) => e.value.title)
    expect(titles).toEqual([
      'Programme highlights',
      'Welcome to the festival',
      'Call for volunteers',
    ])
    expect(named(outcome.blocks ?? [], 'Featured').children?.map((e) => e.value.title)).toEqual(
      titles,
    )
  })

  it('the same field changed by someone else since it was read: a conflict, nothing written', async () => {
    const base = (await load()).blocks
    const featured = named(base, 'Featured')
    const other = await fetch(
      `${ctx.origin}/api/backend/api/community/v2/events/${festival}/${featured.id}`,
      {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ localized: { name: 'Theirs', locale: 'en' } }),
      },
    )
    expect(other.status).toBe(200)
    calls = []
    const error = await adapterError(
      apply(base, [{ op: 'update', blockId: featured.id, value: { name_en: 'Mine' } }]),
    )
    expect(error).toMatchObject({ kind: 'conflict', details: { blockId: featured.id } })
    expect(calls).toEqual([])
    expect(named((await load()).blocks, 'Theirs').id).toBe(featured.id)
  })

  it('makes only requests Omerlo documents: no block types, no contents', async () => {
    reads = []
    const schema = await ctx.adapter.loadBlockTypes(ctx.record)
    const base = (await load()).blocks
    await ctx.adapter.listRecords({ collection: 'people', page: 1, limit: 5 })
    await apply(base, [
      { op: 'moveAfter', blockId: base[0]?.id ?? '', anchorId: base[1]?.id ?? '' },
    ])
    const documented = [
      /^\/api\/community\/v2\/(events|organizations|people|projects)$/,
      /^\/api\/community\/v2\/(events|organizations|people|projects)\/[0-9a-f-]{36}$/,
      /^\/api\/community\/v2\/(events|organizations|people|projects)\/[0-9a-f-]{36}\/blocks$/,
      /^\/api\/community\/v2\/(events|organizations|people|projects)\/[0-9a-f-]{36}\/blocks\/[0-9a-f-]{36}\/entries$/,
    ]
    expect(reads.length).toBeGreaterThan(3)
    for (const path of [...reads, ...calls.map((c) => `/api/community/v2/events/${c.path}`)]) {
      expect(
        documented.some((pattern) => pattern.test(path)),
        path,
      ).toBe(true)
    }
    // The palette still knows every type Omerlo side-loads, with its name.
    expect(schema.filter((t) => t.container).map((t) => t.label)).toEqual([
      'Selected contents',
      'People',
      'Organizations',
      'Events',
      'Projects',
    ])
  })

  it('keeps the ids the editor gave new blocks and moved entries across a reload', async () => {
    const base = (await load()).blocks
    const featured = named(base, 'Featured')
    const more = named(base, 'More to read')
    const programme = entry(featured, 'Programme highlights')
    const added = { id: 'editor-new-block', type: featured.type, value: { name_en: 'Later' } }
    await apply(base, [
      { op: 'append', block: added },
      { op: 'moveAfter', blockId: programme.id, anchorId: more.children?.[0]?.id ?? '' },
    ])
    // A reload: a new adapter on the same browser storage.
    const reloaded = createOmerloAdapter({
      baseUrl: `${ctx.origin}/api/backend`,
      idStore: ctx.idStore,
    })
    const after = (await reloaded.loadRecord(ctx.record)).blocks
    expect(after.map((b) => b.id)).toContain('editor-new-block')
    expect(named(after, 'More to read').children?.map((e) => e.id)).toContain(programme.id)
    // An edit restored from the outbox names them by those ids, and reaches them.
    await reloaded.applyOperations(
      ctx.record,
      [
        { op: 'update', blockId: 'editor-new-block', value: { name_en: 'Restored' } },
        { op: 'moveBefore', blockId: programme.id, anchorId: more.children?.[0]?.id ?? '' },
      ],
      { version: null, base: after },
    )
    const final = (await load()).blocks
    expect(final.find((b) => b.id === 'editor-new-block')?.value.name_en).toBe('Restored')
    expect(named(final, 'More to read').children?.map((e) => e.value.title)).toEqual([
      'Programme highlights',
      'Getting there',
    ])
  })
})

describe('omerlo, other shapes: every key read goes back untouched', () => {
  let ctx: OmerloSetup
  let calls: { method: string; path: string; body: unknown }[] = []
  const spy: FetchLike = async (input, init) => {
    if ((init?.method ?? 'GET') !== 'GET' && typeof init?.body === 'string') {
      calls.push({
        method: init.method ?? '',
        path: new URL(input).pathname,
        body: JSON.parse(init.body),
      })
    }
    return fetch(input, init)
  }
  beforeAll(async () => {
    ctx = await startOmerlo(spy, 'other')
  }, SERVER_START_MS)
  afterAll(async () => ctx?.teardown?.(), SERVER_START_MS)

  it('sends kept blocks and entries back with the keys it does not know', async () => {
    const base = (await ctx.adapter.loadRecord(ctx.record)).blocks
    const [first, second] = base
    const [a, b] = first?.children ?? []
    calls = []
    await ctx.adapter.applyOperations(
      ctx.record,
      [
        { op: 'moveAfter', blockId: first?.id ?? '', anchorId: second?.id ?? '' },
        { op: 'moveAfter', blockId: a?.id ?? '', anchorId: b?.id ?? '' },
        { op: 'update', blockId: second?.id ?? '', value: { name_fr: 'Autre' } },
      ],
      { version: null, base },
    )
    const [put, patch, entriesPut] = calls
    expect(put?.path).toMatch(/\/blocks$/)
    for (const block of put?.body as Record<string, unknown>[]) {
      expect(block).toHaveProperty(UNKNOWN_KEY)
    }
    // Read as an array, localized goes back as an array.
    expect(patch?.body).toEqual({ localized: [{ locale: 'fr', name: 'Autre' }] })
    expect(entriesPut?.path).toMatch(/\/entries$/)
    for (const item of entriesPut?.body as Record<string, unknown>[]) {
      expect(item).toHaveProperty(UNKNOWN_KEY)
      expect(item).not.toHaveProperty('title')
    }
    const after = (await ctx.adapter.loadRecord(ctx.record)).blocks
    expect(after.map((x) => x.id)).toEqual([
      second?.id,
      first?.id,
      ...base.slice(2).map((x) => x.id),
    ])
    expect(after[0]?.value.name_fr).toBe('Autre')
    expect(after[1]?.children?.map((x) => x.value.title)).toEqual([b?.value.title, a?.value.title])
  })
})
