// The Tines adapter against the real server: the shared contract suite, then what only a
// backend without batch writes needs: partial failures counted exactly, retries never doubled.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { applyOperations, walkBlocks } from '../../core'
import type { Block, Operation } from '../../core'
import { adapterError } from '../../adapters/contract/contract-helpers'
import {
  defineAdapterContract,
  SERVER_START_MS,
} from '../../adapters/contract/define-adapter-contract'
import type { FetchLike } from '../../adapters/http'
import { resetTinesSeed } from '../../server/reference/tines/seed/seed'
import { startTines } from './start-tines'
import type { TinesSetup } from './start-tines'

defineAdapterContract('tines', () => startTines())

describe('tines: one call per change, partial failures counted exactly', () => {
  let ctx: TinesSetup
  let calls: { method: string; path: string; body: unknown }[]
  let failWrite: { at: number; landed: boolean } | null
  let writes: number

  const fetchSpy: FetchLike = async (input, init) => {
    const method = init?.method ?? 'GET'
    if (method === 'GET') return fetch(input, init)
    writes += 1
    const path = new URL(input).pathname.replace(/^\/api\/backend\/api\/v2\/cases\/\d+/, '')
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
    calls.push({ method, path: `${path}${new URL(input).search}`, body })
    if (failWrite?.at === writes) {
      if (!failWrite.landed) return new Response('{"error":"boom"}', { status: 500 })
      await fetch(input, init)
      throw new TypeError('connection reset')
    }
    return fetch(input, init)
  }

  beforeAll(async () => {
    ctx = await startTines(fetchSpy)
  }, SERVER_START_MS)
  afterAll(async () => ctx?.teardown?.(), SERVER_START_MS)
  beforeEach(async () => {
    await resetTinesSeed(ctx.handle.db)
    calls = []
    failWrite = null
    writes = 0
  })

  const load = () => ctx.adapter.loadRecord(ctx.record)
  const idOf = (blocks: Block[], title: string): string => {
    let found: string | undefined
    walkBlocks(blocks, (b) => {
      if (b.value.title === title) found = b.id
    })
    if (found === undefined) throw new Error(`no block "${title}"`)
    return found
  }
  const threeOps = (blocks: Block[]): Operation[] => [
    {
      op: 'moveAfter',
      blockId: idOf(blocks, 'Summary'),
      anchorId: idOf(blocks, 'Sender reputation'),
    },
    { op: 'update', blockId: idOf(blocks, 'Email headers'), value: { content_html: '<p>New</p>' } },
    { op: 'append', block: { id: 'new-note', type: 'note', value: newValue('Added') } },
  ]
  const newValue = (title: string) => ({ title, hidden: false, color: 'white', content: '' })
  const expected = (base: Block[], ops: Operation[]): Block[] => {
    const result = applyOperations(base, ops)
    if (!result.ok) throw new Error(result.message)
    return result.blocks
  }

  it('moves into a group with one PUT and edits an html note with one element PUT', async () => {
    const base = (await load()).blocks
    const ops = threeOps(base)
    await ctx.adapter.applyOperations(ctx.record, ops, { version: null, base })
    const group = idOf(base, 'Investigation')
    expect(calls[0]).toEqual({
      method: 'PUT',
      path: `/blocks/${idOf(base, 'Summary')}`,
      body: { position: 1, block_group_id: Number(group) },
    })
    expect(calls[1]?.path).toMatch(
      new RegExp(`^/blocks/${idOf(base, 'Email headers')}/elements/\\d+$`),
    )
    expect(calls[1]?.body).toEqual({ content: '<p>New</p>' })
    expect(calls[2]).toMatchObject({ method: 'POST', path: '/blocks', body: { position: 7 } })
    expect(calls).toHaveLength(3)
    expect((await load()).blocks).toEqual(expected(base, ops))
  })

  it('a failure in the middle reports the one operation that landed; the retry adds the rest once', async () => {
    const base = (await load()).blocks
    const ops = threeOps(base)
    failWrite = { at: 2, landed: false }
    const error = await adapterError(
      ctx.adapter.applyOperations(ctx.record, ops, { version: null, base }),
    )
    expect(error.kind).toBe('server')
    expect(error.details.appliedCount).toBe(1)
    const afterFirst = expected(base, ops.slice(0, 1))
    expect((await load()).blocks).toEqual(afterFirst)
    calls = []
    await ctx.adapter.applyOperations(ctx.record, ops.slice(1), { version: null, base: afterFirst })
    expect(calls.map((c) => c.method)).toEqual(['PUT', 'POST'])
    expect((await load()).blocks).toEqual(expected(base, ops))
  })

  it('counts a call whose answer was lost but which landed, and never sends it again', async () => {
    const base = (await load()).blocks
    const ops = threeOps(base)
    failWrite = { at: 2, landed: true }
    const error = await adapterError(
      ctx.adapter.applyOperations(ctx.record, ops, { version: null, base }),
    )
    expect(error.kind).toBe('network')
    expect(error.details.appliedCount).toBe(2)
    calls = []
    const landed = expected(base, ops.slice(0, 2))
    await ctx.adapter.applyOperations(ctx.record, ops.slice(2), { version: null, base: landed })
    expect(calls.map((c) => c.method)).toEqual(['POST'])
    expect((await load()).blocks).toEqual(expected(base, ops))
  })

  it('treats a lost answer to the last call as saved', async () => {
    const base = (await load()).blocks
    const ops = threeOps(base).slice(0, 2)
    failWrite = { at: 2, landed: true }
    const outcome = await ctx.adapter.applyOperations(ctx.record, ops, { version: null, base })
    expect(outcome.blocks).toEqual(expected(base, ops))
  })

  it('deletes a group with its children and refuses to nest a group', async () => {
    const base = (await load()).blocks
    const group = idOf(base, 'Investigation')
    const nest: Operation[] = [
      {
        op: 'append',
        parentId: group,
        block: { id: 'g2', type: 'block_group', value: newValue('G') },
      },
    ]
    const refused = await adapterError(
      ctx.adapter.applyOperations(ctx.record, nest, { version: null, base }),
    )
    expect(refused).toMatchObject({ kind: 'validation', details: { operationIndex: 0 } })
    expect(calls).toEqual([])
    await ctx.adapter.applyOperations(ctx.record, [{ op: 'remove', blockId: group }], {
      version: null,
      base,
    })
    expect(calls).toEqual([
      { method: 'DELETE', path: `/blocks/${group}?include_children=true`, body: undefined },
    ])
    expect((await load()).blocks).toEqual(expected(base, [{ op: 'remove', blockId: group }]))
  })
})
