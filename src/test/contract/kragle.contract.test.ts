// The Kragle adapter against the real server: the shared contract suite, then what only a
// backend without ids or a version token needs: ids kept across saves, the exact blocks array
// PUT, a rebase over another client's change and a conflict when a touched block changed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { adapterError } from '../../adapters/contract/contract-helpers'
import {
  defineAdapterContract,
  SERVER_START_MS,
} from '../../adapters/contract/define-adapter-contract'
import type { FetchLike } from '../../adapters/http'
import { hash } from '@node-rs/argon2'
import { resetKragleSeed } from '../../server/reference/kragle/seed/seed'
import { startKragle } from './start-kragle'
import type { KragleSetup } from './start-kragle'

defineAdapterContract('kragle', () => startKragle())

describe('kragle: stacks without ids, saved whole', () => {
  let ctx: KragleSetup
  let puts: unknown[]
  const fetchSpy: FetchLike = (input, init) => {
    if (init?.method === 'PUT' && typeof init.body === 'string') puts.push(JSON.parse(init.body))
    return fetch(input, init)
  }
  /** Another client: straight to the reference backend with the inline login. */
  const otherClient = async (blocks: unknown[]) => {
    const response = await fetch(`${ctx.origin}/ref/kragle/api/v1/blockstacks/1`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        auth: { username: 'editor', password: ctx.password },
        payload: { blocks },
      }),
    })
    expect(response.status).toBe(200)
  }

  beforeAll(async () => {
    ctx = await startKragle(fetchSpy)
  }, SERVER_START_MS)
  afterAll(async () => ctx?.teardown?.(), SERVER_START_MS)
  beforeEach(async () => {
    await resetKragleSeed(ctx.handle.db, await hash(ctx.password))
    puts = []
  })

  const load = () => ctx.adapter.loadRecord(ctx.record)

  it('PUTs the whole reordered array and keeps every id', async () => {
    const before = await load()
    const [a, b] = before.blocks
    if (!a || !b) throw new Error('the seed stack has blocks')
    await ctx.adapter.applyOperations(
      ctx.record,
      [{ op: 'moveAfter', blockId: a.id, anchorId: b.id }],
      {
        version: null,
        base: before.blocks,
      },
    )
    expect(puts).toEqual([
      {
        blocks: [
          ['paragraph', null, { name: 'Intro', state: { text: 'Stacks are built from blocks.' } }],
          ['heading', null, { name: 'Welcome', state: { text: 'Welcome to Kragle' } }],
          ['image', null, { name: 'Hero image', state: { src: '/hero.jpg', alt: 'A fjord' } }],
          ['button', null, { name: 'Call to action', state: { label: 'Start', href: '/start' } }],
          ['team-banner', null, { name: 'Team' }],
        ],
      },
    ])
    const after = await load()
    expect(after.blocks.map((x) => x.id)).toEqual([
      b.id,
      a.id,
      ...before.blocks.slice(2).map((x) => x.id),
    ])
  })

  it("replays on another client's change to other blocks (rebase)", async () => {
    const before = await load()
    const stack = (await (
      await fetch(`${ctx.origin}/api/backend/api/v1/blockstacks/byid/1`)
    ).json()) as {
      blocks: unknown[]
    }
    await otherClient([...stack.blocks, ['divider', null, {}]])
    const last = before.blocks[before.blocks.length - 1]
    const first = before.blocks[0]
    if (!last || !first) throw new Error('the seed stack has blocks')
    await ctx.adapter.applyOperations(
      ctx.record,
      [{ op: 'moveBefore', blockId: last.id, anchorId: first.id }],
      {
        version: null,
        base: before.blocks,
      },
    )
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
    const stack = (await (
      await fetch(`${ctx.origin}/api/backend/api/v1/blockstacks/byid/1`)
    ).json()) as {
      blocks: [string, unknown, Record<string, unknown>][]
    }
    const changed = stack.blocks.map((entry, i) =>
      i === 0 ? [entry[0], entry[1], { ...entry[2], name: 'Theirs' }] : entry,
    )
    await otherClient(changed)
    const first = before.blocks[0]
    if (!first) throw new Error('the seed stack has blocks')
    const error = await adapterError(
      ctx.adapter.applyOperations(
        ctx.record,
        [{ op: 'update', blockId: first.id, value: { name: 'Mine' } }],
        {
          version: null,
          base: before.blocks,
        },
      ),
    )
    expect(error.kind).toBe('conflict')
    expect(puts).toEqual([])
    expect((await load()).blocks[0]?.value.name).toBe('Theirs')
  })

  it('never hands the session cookie or the password to the browser', async () => {
    const response = await fetch(`${ctx.origin}/api/backend/api/v1/blockstacks`)
    expect(response.status).toBe(200)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(await response.text()).not.toContain(ctx.password)
  })

  it('maps Kragle error codes to error kinds', async () => {
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
    expect((await adapterError(library.get('999'))).kind).toBe('not-found')
    const readOnly = await adapterError(library.update('22', { definition: { io: {} } }))
    expect([readOnly.kind, readOnly.details.body]).toEqual([
      'forbidden',
      expect.objectContaining({ code: 20 }),
    ])
  })
})
