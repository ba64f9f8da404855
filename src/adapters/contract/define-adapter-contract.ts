// The contract every adapter passes against its reference backend: reads, each of the nine
// operations (checked against the core's applyOperations), the concurrency guard and
// all-or-nothing validation. An adapter's test file calls defineAdapterContract with a setup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Block, BlockTypeSchema, Operation } from '../../core'
import { adapterError, contractId, newBlock, roundTrip, textUpdate } from './contract-helpers'
import type { ContractSetup } from './contract-helpers'

export type { ContractSetup } from './contract-helpers'

/** Starting a reference backend (database, migrations, seed) can take a while on a busy machine
 * (CONTRACT_SERVER_START_MS raises it). */
export const SERVER_START_MS = Number(process.env.CONTRACT_SERVER_START_MS ?? 60_000)

const first = (blocks: Block[]): Block => blocks[0] as Block
const last = (blocks: Block[]): Block => blocks[blocks.length - 1] as Block

export function defineAdapterContract(name: string, setup: () => Promise<ContractSetup>): void {
  describe(`adapter contract: ${name}`, () => {
    let ctx: ContractSetup
    let schema: BlockTypeSchema[]

    beforeAll(async () => {
      ctx = await setup()
      schema = await ctx.adapter.loadBlockTypes(ctx.record)
    }, SERVER_START_MS)
    afterAll(async () => {
      await ctx?.teardown?.()
    }, SERVER_START_MS)

    it('lists records page by page without overlap', async () => {
      const limit = 2
      const one = await ctx.adapter.listRecords({ collection: ctx.listCollection, page: 1, limit })
      expect(one.total).toBeGreaterThanOrEqual(3)
      expect(one.totalPages).toBe(Math.ceil(one.total / limit))
      expect(one).toMatchObject({ page: 1, hasPrevPage: false, hasNextPage: true })
      const seen = new Set<string>()
      for (let page = 1; page <= one.totalPages; page += 1) {
        const result = await ctx.adapter.listRecords({
          collection: ctx.listCollection,
          page,
          limit,
        })
        expect(result.items.length).toBeLessThanOrEqual(limit)
        expect(result.hasNextPage).toBe(page < one.totalPages)
        for (const item of result.items) {
          expect(item.ref.collection).toBe(ctx.listCollection)
          expect(seen.has(item.ref.id)).toBe(false)
          seen.add(item.ref.id)
        }
      }
      expect(seen.size).toBe(one.total)
    })

    it('finds records by title', async () => {
      const all = await ctx.adapter.listRecords({
        collection: ctx.listCollection,
        page: 1,
        limit: 50,
      })
      const target = all.items[all.items.length - 1]
      expect(target).toBeDefined()
      const title = target?.title ?? ''
      const found = await ctx.adapter.listRecords({
        collection: ctx.listCollection,
        page: 1,
        limit: 50,
        search: title.slice(0, Math.max(3, Math.ceil(title.length / 2))),
      })
      expect(found.items.map((i) => i.ref.id)).toContain(target?.ref.id)
      expect(found.total).toBeLessThanOrEqual(all.total)
    })

    it('loads a record with blocks and a version token', async () => {
      const doc = await ctx.adapter.loadRecord(ctx.record)
      expect(doc.ref).toEqual(ctx.record)
      expect(doc.blocks.length).toBeGreaterThanOrEqual(3)
      for (const block of doc.blocks) {
        expect(typeof block.id).toBe('string')
        expect(typeof block.type).toBe('string')
        expect(typeof block.value).toBe('object')
      }
      if (ctx.adapter.capabilities.concurrency !== 'none')
        expect(doc.version).toEqual(expect.any(String))
    })

    it('reports a missing record as not-found', async () => {
      const missing = { ...ctx.record, id: `missing-${contractId()}` }
      expect((await adapterError(ctx.adapter.loadRecord(missing))).kind).toBe('not-found')
    })

    it('loads block types with their fields', () => {
      expect(schema.length).toBeGreaterThan(0)
      for (const type of schema) {
        expect(type.type).toEqual(expect.any(String))
        expect(type.label).toEqual(expect.any(String))
        for (const field of type.fields) expect(field.key).toEqual(expect.any(String))
      }
    })

    const cases: [string, (blocks: Block[]) => Operation[]][] = [
      ['update', (blocks) => [textUpdate(blocks, schema)]],
      [
        'insertBefore',
        (b) => [{ op: 'insertBefore', blockId: first(b).id, block: newBlock(schema, 'Before') }],
      ],
      [
        'insertAfter',
        (b) => [{ op: 'insertAfter', blockId: first(b).id, block: newBlock(schema, 'After') }],
      ],
      ['append', () => [{ op: 'append', block: newBlock(schema, 'Appended') }]],
      ['prepend', () => [{ op: 'prepend', block: newBlock(schema, 'Prepended') }]],
      ['remove', (b) => [{ op: 'remove', blockId: first(b).id }]],
      ['moveBefore', (b) => [{ op: 'moveBefore', blockId: last(b).id, anchorId: first(b).id }]],
      ['moveAfter', (b) => [{ op: 'moveAfter', blockId: first(b).id, anchorId: last(b).id }]],
      [
        'replaceAll',
        (b) => [{ op: 'replaceAll', blocks: [...b].reverse().concat(newBlock(schema, 'New')) }],
      ],
      [
        'a mixed batch, in order',
        (b) => {
          const added = newBlock(schema, 'Batch')
          return [
            { op: 'append', block: added },
            { op: 'moveBefore', blockId: added.id, anchorId: first(b).id },
            textUpdate(b, schema),
          ]
        },
      ],
    ]

    it.each(cases)('applies %s exactly as the core does', async (_name, build) => {
      const trip = await roundTrip(ctx, schema, build)
      expect(trip.after.blocks).toEqual(trip.expected)
      if (trip.returned) expect(trip.returned).toEqual(trip.expected)
      if (ctx.adapter.capabilities.concurrency !== 'none') {
        expect(trip.after.version).not.toEqual(trip.before.version)
        if (trip.version !== null) expect(trip.version).toEqual(trip.after.version)
      }
    })

    it('refuses a stale version with a conflict and writes nothing', async () => {
      const stale = await ctx.adapter.loadRecord(ctx.record)
      await roundTrip(ctx, schema, (blocks) => [textUpdate(blocks, schema)])
      const current = await ctx.adapter.loadRecord(ctx.record)
      const ops: Operation[] = [{ op: 'remove', blockId: first(current.blocks).id }]
      const error = await adapterError(
        ctx.adapter.applyOperations(ctx.record, ops, {
          version: stale.version,
          base: stale.blocks,
        }),
      )
      expect(error.kind).toBe('conflict')
      expect(await ctx.adapter.loadRecord(ctx.record)).toEqual(current)
    })

    it('refuses an invalid operation with its index and writes nothing', async () => {
      const before = await ctx.adapter.loadRecord(ctx.record)
      const ops: Operation[] = [
        textUpdate(before.blocks, schema),
        { op: 'append', block: newBlock(schema, 'Fine') },
        { op: 'update', blockId: `missing-${contractId()}`, value: {} },
      ]
      const error = await adapterError(
        ctx.adapter.applyOperations(ctx.record, ops, {
          version: before.version,
          base: before.blocks,
        }),
      )
      expect(error.kind).toBe('validation')
      expect(error.details.operationIndex).toBe(2)
      expect(await ctx.adapter.loadRecord(ctx.record)).toEqual(before)
    })

    it('refuses an unknown block type as a validation error', async () => {
      const before = await ctx.adapter.loadRecord(ctx.record)
      const ops: Operation[] = [
        {
          op: 'append',
          block: { id: contractId(), type: `no-such-type-${contractId()}`, value: {} },
        },
      ]
      const error = await adapterError(
        ctx.adapter.applyOperations(ctx.record, ops, {
          version: before.version,
          base: before.blocks,
        }),
      )
      expect(error.kind).toBe('validation')
      expect(error.details.operationIndex).toBe(0)
      expect(await ctx.adapter.loadRecord(ctx.record)).toEqual(before)
    })
  })
}
