// The Omerlo adapter against the real server: the shared contract suite, then what only a
// backend that replaces whole arrays needs: exactly the resulting arrays, one PUT per block, and
// no lost update when someone else wrote between the editor's read and its write.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { rebase } from '../../core'
import type { Block, Operation } from '../../core'
import { adapterError } from '../../adapters/contract/contract-helpers'
import {
  defineAdapterContract,
  SERVER_START_MS,
} from '../../adapters/contract/define-adapter-contract'
import type { FetchLike } from '../../adapters/http'
import { CONTENT_PREFIX, seedId } from '../../server/reference/omerlo/seed/demo'
import { resetOmerloSeed } from '../../server/reference/omerlo/seed/seed'
import { OMERLO_FESTIVAL, startOmerlo } from './start-omerlo'
import type { OmerloSetup } from './start-omerlo'

defineAdapterContract('omerlo', () => startOmerlo())

describe('omerlo: whole arrays, one write per array, no lost update', () => {
  let ctx: OmerloSetup
  let calls: { method: string; path: string; body: unknown }[]

  const spy: FetchLike = async (input, init) => {
    const method = init?.method ?? 'GET'
    if (method !== 'GET') {
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
    expect(calls[1]?.body).toEqual({ localized: [{ locale: 'fr', name: 'Orateurs' }] })
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

  it('reports a conflict when an array changed since it was read, then keeps both changes', async () => {
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
    expect((await adapterError(apply(base, ops))).kind).toBe('conflict')
    expect(calls).toEqual([])
    // What the sync layer does next: reload, rebase, write again.
    const fresh = (await load()).blocks
    const rebased = rebase(base, fresh, ops)
    expect(rebased.conflicts).toEqual([])
    await apply(fresh, rebased.ops)
    const titles = named((await load()).blocks, 'Featured').children?.map((e) => e.value.title)
    expect(titles).toEqual([
      'Programme highlights',
      'Welcome to the festival',
      'Call for volunteers',
    ])
  })
})
