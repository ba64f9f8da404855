// The Kragle adapter against the real server, in both modes of the reference (vendor-like, and the
// variant that answers Kragle's other plausible shapes): the shared contract suite, then what a
// backend without a version token and with instance ids of its own needs: the exact blocks array
// PUT, ids that survive a write and a reload (also when Kragle renumbers every instance, and when
// the write's answer was lost), a rebase over another client's change and a conflict when a
// touched block changed, the stack list across pages, a new login when the session ended, and
// error codes as sentences.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { adapterError } from '../../adapters/contract/contract-helpers'
import {
  defineAdapterContract,
  SERVER_START_MS,
} from '../../adapters/contract/define-adapter-contract'
import type { FetchLike } from '../../adapters/http'
import type { Block } from '../../core'
import { hash } from '@node-rs/argon2'
import { resetKragleSeed } from '../../server/reference/kragle/seed/seed'
import { startKragle } from './start-kragle'
import type { KragleSetup } from './start-kragle'

type Raw = Record<string, unknown>

for (const variant of [false, true]) {
  const mode = variant ? 'variant reference' : 'vendor-like reference'

  defineAdapterContract(`kragle (${mode})`, () => startKragle({ variant }))

  describe(`kragle (${mode}): whole-array writes, instance ids, sessions`, () => {
    let ctx: KragleSetup
    let puts: unknown[]
    let renewals: number
    const fetchSpy: FetchLike = (input, init) => {
      if (init?.method === 'PUT' && typeof init.body === 'string') puts.push(JSON.parse(init.body))
      if (new Headers(init?.headers).get('x-kragle-session') === 'renew') renewals += 1
      return fetch(input, init)
    }
    const api = `/ref/kragle/api/v1`
    /** Another client: straight to the reference backend with the inline login. */
    const otherClient = async (method: 'PUT' | 'POST', path: string, payload: Raw) => {
      const response = await fetch(`${ctx.origin}${api}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ auth: { username: 'editor', password: ctx.password }, payload }),
      })
      expect(response.status).toBe(200)
    }
    /** Stack 1 as Kragle holds it (through the proxy's session), unwrapped. */
    const raw = async (): Promise<{ blocks: Raw[] }> => {
      const body = (await (
        await fetch(`${ctx.origin}/api/backend/api/v1/blockstacks/byid/1`)
      ).json()) as unknown
      return (Array.isArray(body) ? body[0] : body) as { blocks: Raw[] }
    }
    const asEntry = ({ type, conversion, state }: Raw) => [
      type,
      conversion,
      state === undefined ? {} : { state },
    ]
    const hooks = (path: string, body?: unknown) =>
      fetch(`${ctx.origin}/__test/kragle${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })

    beforeAll(async () => {
      ctx = await startKragle({ fetch: fetchSpy, variant })
    }, SERVER_START_MS)
    afterAll(async () => ctx?.teardown?.(), SERVER_START_MS)
    beforeEach(async () => {
      await resetKragleSeed(ctx.handle.db, await hash(ctx.password))
      puts = []
      renewals = 0
    })
    afterEach(() => vi.useRealTimers())

    const load = () => ctx.adapter.loadRecord(ctx.record)
    const apply = (base: Block[], ops: Parameters<typeof ctx.adapter.applyOperations>[1]) =>
      ctx.adapter.applyOperations(ctx.record, ops, { version: null, base })

    it('PUTs the whole array, reads it back, and keeps every id across the write and a reload', async () => {
      const before = await load()
      const [a, b] = before.blocks
      if (!a || !b) throw new Error('the seed stack has blocks')
      const instancesBefore = (await raw()).blocks.map((block) => block.id)
      const outcome = await apply(before.blocks, [
        { op: 'moveAfter', blockId: a.id, anchorId: b.id },
      ])
      expect(puts).toEqual([
        {
          blocks: [
            ['paragraph', null, { state: { text: 'Stacks are built from blocks.' } }],
            ['heading', null, { state: { text: 'Welcome to Kragle' } }],
            ['image', null, { state: { src: '/hero.jpg', alt: 'A fjord' } }],
            ['button', null, { state: { label: 'Start', href: '/start' } }],
            ['team-banner', null, {}],
          ],
        },
      ])
      const ids = [b.id, a.id, ...before.blocks.slice(2).map((x) => x.id)]
      expect(outcome.blocks?.map((x) => x.id)).toEqual(ids)
      expect((await load()).blocks.map((x) => x.id)).toEqual(ids)
      const reloaded = await ctx.reload().loadRecord(ctx.record)
      expect(reloaded.blocks).toEqual(outcome.blocks)
      const instancesAfter = (await raw()).blocks.map((block) => block.id)
      // The variant renumbers every instance; the vendor-like one keeps ids by position.
      if (variant) expect(instancesAfter.some((id) => instancesBefore.includes(id))).toBe(false)
      else expect(instancesAfter).toEqual(instancesBefore)
    })

    it('an edit made after a write and restored after a reload reaches its block', async () => {
      const before = await load()
      const [a, b] = before.blocks
      if (!a || !b) throw new Error('the seed stack has blocks')
      const saved = await apply(before.blocks, [{ op: 'moveAfter', blockId: a.id, anchorId: b.id }])
      const afterReload = ctx.reload()
      const base = (await afterReload.loadRecord(ctx.record)).blocks
      expect(base).toEqual(saved.blocks)
      await afterReload.applyOperations(
        ctx.record,
        [{ op: 'update', blockId: a.id, value: { state: { text: 'Edited offline' } } }],
        { version: null, base },
      )
      expect((await raw()).blocks.map((block) => (block.state as Raw | undefined)?.text)).toEqual([
        'Stacks are built from blocks.',
        'Edited offline',
        undefined,
        undefined,
        undefined,
      ])
    })

    it('recognises a write whose answer was lost after a reload, by what the stack holds', async () => {
      const before = await load()
      const [a, b] = before.blocks
      if (!a || !b) throw new Error('the seed stack has blocks')
      await hooks('/fail-next', { status: 502, applied: true })
      const inserted = { id: 'new-block-1', type: 'divider', value: {} }
      const lost = await adapterError(
        apply(before.blocks, [
          { op: 'insertAfter', blockId: b.id, block: inserted },
          { op: 'moveAfter', blockId: a.id, anchorId: b.id },
        ]),
      )
      expect(lost.kind).toBe('server')
      const reloaded = await ctx.reload().loadRecord(ctx.record)
      expect(reloaded.blocks.slice(0, 3).map((x) => x.id)).toEqual([b.id, a.id, 'new-block-1'])
    })

    it("replays on another client's change to other blocks (rebase)", async () => {
      const before = await load()
      const stack = await raw()
      await otherClient('PUT', '/blockstacks/1', {
        blocks: [...stack.blocks.map(asEntry), ['divider', null, {}]],
      })
      const last = before.blocks[before.blocks.length - 1]
      const first = before.blocks[0]
      if (!last || !first) throw new Error('the seed stack has blocks')
      await apply(before.blocks, [{ op: 'moveBefore', blockId: last.id, anchorId: first.id }])
      const after = await load()
      expect(after.blocks.map((x) => x.type)).toEqual([
        'team-banner',
        'heading',
        'paragraph',
        'image',
        'button',
        'divider',
      ])
      expect(after.blocks.slice(0, 5).map((x) => x.id)).toEqual([
        last.id,
        ...before.blocks.slice(0, 4).map((x) => x.id),
      ])
    })

    it('refuses with a conflict when a block it touches changed, and writes nothing', async () => {
      const before = await load()
      const stack = await raw()
      const changed = stack.blocks.map((block, i) =>
        i === 0 ? asEntry({ ...block, state: { text: 'Theirs' } }) : asEntry(block),
      )
      await otherClient('PUT', '/blockstacks/1', { blocks: changed })
      const first = before.blocks[0]
      if (!first) throw new Error('the seed stack has blocks')
      const error = await adapterError(
        apply(before.blocks, [
          { op: 'update', blockId: first.id, value: { state: { text: 'x' } } },
        ]),
      )
      expect(error.kind).toBe('conflict')
      expect(puts).toEqual([])
      expect((await load()).blocks[0]?.value.state).toEqual({ text: 'Theirs' })
    })

    it('lists every stack across pages of 10', async () => {
      for (let i = 1; i <= 12; i += 1) {
        await otherClient('POST', '/blockstacks', { name: `extra-${i}`, blocks: [] })
      }
      const list = await ctx.adapter.listRecords({ collection: 'stacks', page: 2, limit: 10 })
      expect(list.total).toBe(16)
      expect(list.items.map((item) => item.title)).toEqual(
        Array.from({ length: 6 }, (_, i) => `extra-${i + 7}`),
      )
    })

    it('logs in again when the session ended, once, and never gives the browser a cookie', async () => {
      await load()
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(Date.now() + 2 * 3600_000)
      const doc = await load()
      expect(doc.blocks).toHaveLength(5)
      // Without a Max-Age (variant) only Kragle's code 3 tells the proxy: the adapter asks once.
      expect(renewals).toBe(variant ? 1 : 0)
      const response = await fetch(`${ctx.origin}/api/backend/api/v1/blockstacks`)
      expect(response.headers.get('set-cookie')).toBeNull()
      expect(await response.text()).not.toContain(ctx.password)
    })

    it('turns Kragle error codes into sentences and final error kinds', async () => {
      const library = ctx.adapter.blockLibrary
      if (!library) throw new Error('the kragle adapter has a block library')
      const broken = await adapterError(
        library.validate({
          name: 'x',
          definition: { io: {} },
          isRemote: false,
          needsApproval: false,
        }),
      )
      expect([broken.kind, broken.details.body]).toEqual([
        'validation',
        expect.objectContaining({ code: 9 }),
      ])
      expect(broken.message).toMatch(/^The definition does not have the structure of a block/)
      const missing = await adapterError(library.get('999'))
      expect([missing.kind, missing.message]).toEqual([
        'not-found',
        'Kragle could not find it. Kragle said: No block type #999.',
      ])
      const readOnly = await adapterError(library.update('22', { definition: { io: {} } }))
      expect([readOnly.kind, readOnly.details.body]).toEqual([
        'forbidden',
        expect.objectContaining({ code: 20 }),
      ])
      await hooks('/fail-next', { status: 500, body: { code: 99, msg: 'new in Kragle 2' } })
      const before = await load()
      const unknown = await adapterError(
        apply(before.blocks, [{ op: 'remove', blockId: before.blocks[0]?.id ?? '' }]),
      )
      expect([unknown.kind, unknown.message]).toEqual([
        'bad-request',
        'Kragle answered with error code 99, which this editor does not know. Kragle said: new in Kragle 2',
      ])
    })
  })
}
