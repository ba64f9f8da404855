// The Drumee adapter against the real server: the shared contract suite, then what a hub adds:
// a flush is one serial read and one store; variants are apart; publish, history and restore.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { applyOperations } from '../../core'
import type { Block, Operation } from '../../core'
import { adapterError } from '../../adapters/contract/contract-helpers'
import {
  defineAdapterContract,
  SERVER_START_MS,
} from '../../adapters/contract/define-adapter-contract'
import type { FetchLike } from '../../adapters/http'
import type { BackendAdapter, RecordRef } from '../../adapters/types'
import { resetDrumeeSeed } from '../../server/reference/drumee/seed/seed'
import { startDrumee } from './start-drumee'
import type { DrumeeSetup } from './start-drumee'

defineAdapterContract('drumee (hub answers)', () => startDrumee(undefined, 'hub'))
defineAdapterContract('drumee (the other plausible answers)', () => startDrumee(undefined, 'alt'))

describe.each(['hub', 'alt'] as const)('drumee (%s): versions per device and locale', (mode) => {
  let ctx: DrumeeSetup
  let adapter: BackendAdapter
  let calls: { service: string; body: Record<string, unknown> }[]

  const spy: FetchLike = async (input, init) => {
    const service = /block\.([a-z_]+)$/.exec(new URL(input).pathname)?.[1] ?? '?'
    const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as Record<
      string,
      unknown
    >
    calls.push({ service, body })
    return fetch(input, init)
  }

  beforeAll(async () => {
    ctx = await startDrumee(spy, mode)
    adapter = ctx.adapter
  }, SERVER_START_MS)
  afterAll(async () => ctx?.teardown?.(), SERVER_START_MS)
  beforeEach(async () => {
    await resetDrumeeSeed(ctx.handle.db)
    calls = []
  })

  const home: RecordRef = { collection: 'pages', id: '1', device: 'desktop', locale: 'en' }
  const mobileFr: RecordRef = { ...home, device: 'mobile', locale: 'fr' }
  const expected = (base: Block[], ops: Operation[]): Block[] => {
    const result = applyOperations(base, ops)
    if (!result.ok) throw new Error(result.message)
    return result.blocks
  }

  it('a move into a section is one draft read and one store of the whole tree', async () => {
    const before = await adapter.loadRecord(home)
    expect(before.version).toBe('3')
    calls = []
    const ops: Operation[] = [
      { op: 'moveAfter', blockId: 'home-intro', anchorId: 'home-offer-cta' },
    ]
    const outcome = await adapter.applyOperations(home, ops, {
      version: before.version,
      base: before.blocks,
    })
    expect(calls.map((c) => c.service)).toEqual(['content', 'store'])
    expect(calls[1]?.body).toMatchObject({ id: '1', device: 'desktop', lang: 'en', serial: 3 })
    expect(outcome.version).toBe('7')
    const after = await adapter.loadRecord(home)
    expect(after.blocks).toEqual(expected(before.blocks, ops))
    const section = after.blocks.find((b) => b.id === 'home-offer')
    expect(section?.children?.map((b) => b.id)).toEqual([
      'home-offer-text',
      'home-offer-cta',
      'home-intro',
    ])
  })

  it('editing mobile French leaves desktop English as it was', async () => {
    const desktop = await adapter.loadRecord(home)
    const mobile = await adapter.loadRecord(mobileFr)
    expect(mobile.blocks.map((b) => b.id)).not.toContain('home-hero')
    const ops: Operation[] = [{ op: 'update', blockId: 'home-title', value: { text: 'Salut' } }]
    await adapter.applyOperations(mobileFr, ops, { version: mobile.version, base: mobile.blocks })
    expect((await adapter.loadRecord(mobileFr)).blocks[0]?.value.text).toBe('Salut')
    expect(await adapter.loadRecord(home)).toEqual(desktop)
  })

  it('a variant that has no file yet opens its fallback and is created by the first save', async () => {
    const contactFr: RecordRef = { collection: 'pages', id: '3', device: 'mobile', locale: 'fr' }
    const fallback = await adapter.loadRecord(contactFr)
    expect(fallback.version).toBe('0')
    const ops: Operation[] = [{ op: 'remove', blockId: 'contact-map' }]
    const saved = await adapter.applyOperations(contactFr, ops, {
      version: '0',
      base: fallback.blocks,
    })
    expect((await adapter.loadRecord(contactFr)).version).toBe(saved.version)
    const desktopEn = await adapter.loadRecord({ ...contactFr, device: 'desktop', locale: 'en' })
    expect(desktopEn.blocks.map((b) => b.id)).toContain('contact-map')
  })

  it('publishing makes the published content equal the draft; unpublishing takes it down', async () => {
    const draft = await adapter.loadRecord(home)
    expect((await adapter.published?.loadPublished(home))?.blocks).not.toEqual(draft.blocks)
    const done = await adapter.publishing?.publish(home, { version: draft.version })
    expect(done?.version).toBe(draft.version)
    expect(calls.at(-1)?.body).toMatchObject({ status: 'publish_without_history', serial: 3 })
    expect((await adapter.published?.loadPublished(home))?.blocks).toEqual(draft.blocks)
    await adapter.publishing?.unpublish(home)
    expect(await adapter.published?.loadPublished(home)).toBeNull()
    expect(await adapter.published?.loadPublished(mobileFr)).toBeNull()
  })

  it('refuses to publish a draft that changed since it was read', async () => {
    const stale = await adapter.loadRecord(home)
    const ops: Operation[] = [{ op: 'remove', blockId: 'home-hero' }]
    await adapter.applyOperations(home, ops, { version: stale.version, base: stale.blocks })
    const error = await adapterError(adapter.publishing!.publish(home, { version: stale.version }))
    expect(error.kind).toBe('conflict')
  })

  it('lists history, opens an old version, restores it as a new revision', async () => {
    const list = await adapter.history!.list(home, { page: 1, limit: 2 })
    expect(list).toMatchObject({ total: 3, totalPages: 2, hasNextPage: true })
    expect(list.items.map((v) => [v.id, v.published])).toEqual([
      ['3', false],
      ['2', true],
    ])
    const first = await adapter.history!.load(home, '1')
    expect(first.blocks[0]?.value.text).toBe('Hello')
    const current = await adapter.loadRecord(home)
    const restored = await adapter.history!.restore(home, '1', { version: current.version })
    expect(restored.version).toBe('7')
    const after = await adapter.loadRecord(home)
    expect(after.blocks).toEqual(first.blocks)
    const history = await adapter.history!.list(home, { page: 1, limit: 10 })
    // A hub's history rows carry no comment (vendor-facts.md); the alternate mode's do.
    const label = mode === 'hub' ? 'Version 7' : 'Version 7 · Restored version 1'
    expect(history.items[0]).toMatchObject({ id: '7', label })
    expect(history.total).toBe(4)
    const stale = await adapterError(
      adapter.history!.restore(home, '2', { version: current.version }),
    )
    expect(stale.kind).toBe('conflict')
  })

  it('renames a page and copies it as a new one', async () => {
    expect(await adapter.recordAdmin?.rename(home, 'start')).toEqual({ title: 'start' })
    expect((await adapter.loadRecord(home)).title).toBe('start')
    const taken = await adapterError(adapter.recordAdmin!.rename(home, 'about'))
    expect(taken.kind).toBe('conflict')
    const copy = await adapter.recordAdmin!.copy(home, 'start-copy')
    expect(copy).toEqual({ ...home, id: '5' })
    const copied = await adapter.loadRecord(copy)
    expect(copied.blocks).toEqual((await adapter.loadRecord(home)).blocks)
    expect(copied.title).toBe('start-copy')
  })
})
