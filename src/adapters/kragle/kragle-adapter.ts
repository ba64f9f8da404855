// The Kragle API v1 adapter: a stack (`blockstacks`) is a document, its `blocks` array the blocks.
// Entries have no ids on the wire, so StackIds names them for the adapter's lifetime. A flush
// re-reads the stack, rebases or refuses (conflict), and PUTs the whole array (apply.ts). The
// block types are the palette and, through `blockLibrary`, a library of their own.
import { capabilitiesOf } from '../../core/backend-capabilities'
import type { Block, BlockTypeSchema } from '../../core'
import { AdapterError } from '../types'
import type { BackendAdapter, ListQuery, Page, RecordRef, RecordSummary } from '../types'
import { applyToStack } from './apply'
import { createKragleRequest, isKragleId, sig } from './client'
import type { KragleClientOptions } from './client'
import { createBlockLibrary, readAllTypes } from './library'
import { blockToEntry, entryToBlock, toBlockTypeSchema } from './mappers'
import { parse, stackListSchema, stackSchema } from './schemas'
import type { KragleStack } from './schemas'
import { StackIds } from './stack-ids'

export type KragleAdapterOptions = KragleClientOptions

const COLLECTION = 'stacks'
const MAX_PAGES = 50

export function createKragleAdapter(options: KragleAdapterOptions): BackendAdapter {
  const request = createKragleRequest(options)
  const ids = new StackIds()

  const stackId = (ref: RecordRef): string => {
    if (ref.collection !== COLLECTION) {
      throw new AdapterError('not-found', `Kragle has no collection "${ref.collection}"`)
    }
    if (!isKragleId(ref.id)) throw new AdapterError('not-found', `No stack with id "${ref.id}"`)
    return ref.id
  }

  const readStack = async (ref: RecordRef, signal?: AbortSignal) => {
    const id = stackId(ref)
    const stack = parse(stackSchema, await request(`/blockstacks/byid/${id}`, sig(signal)), 'stack')
    const named = ids.assign(id, stack.blocks)
    const blocks = stack.blocks.map((entry, i) => entryToBlock(entry, named[i] ?? ids.next()))
    return { stack, blocks }
  }

  const blockTypes = async (signal?: AbortSignal): Promise<BlockTypeSchema[]> =>
    (await readAllTypes(request, false, signal)).map(toBlockTypeSchema)

  const listStacks = async (signal?: AbortSignal): Promise<KragleStack[]> => {
    const all: KragleStack[] = []
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const reply = parse(
        stackListSchema,
        await request(`/blockstacks?page=${page}`, sig(signal)),
        'stack list',
      )
      all.push(...reply.blockstacks)
      if (reply.blockstacks.length === 0 || page * reply.pagesize >= reply.count) break
    }
    return all
  }

  return {
    id: 'kragle',
    capabilities: capabilitiesOf('kragle'),
    collections: [{ id: COLLECTION, label: 'Stacks' }],
    blockLibrary: createBlockLibrary(request),

    async listRecords(query: ListQuery, ctx = {}): Promise<Page<RecordSummary>> {
      if (query.collection !== COLLECTION) {
        throw new AdapterError('not-found', `Kragle has no collection "${query.collection}"`)
      }
      // Kragle has no search: read every stack, filter and page here.
      const search = query.search?.trim().toLowerCase() ?? ''
      const found = (await listStacks(ctx.signal)).filter((s) =>
        s.name.toLowerCase().includes(search),
      )
      const start = (query.page - 1) * query.limit
      const totalPages = Math.max(1, Math.ceil(found.length / query.limit))
      return {
        items: found.slice(start, start + query.limit).map((s) => ({
          ref: { collection: COLLECTION, id: String(s.id) },
          title: s.name,
        })),
        page: query.page,
        totalPages,
        total: found.length,
        hasNextPage: query.page < totalPages,
        hasPrevPage: query.page > 1,
      }
    },

    async loadRecord(ref, ctx = {}) {
      const { stack, blocks } = await readStack(ref, ctx.signal)
      return { ref, title: stack.name, blocks, version: null }
    },

    loadBlockTypes: (_ref, ctx = {}) => blockTypes(ctx.signal),

    applyOperations(ref, ops, ctx) {
      const id = stackId(ref)
      return applyToStack(
        {
          schema: () => blockTypes(ctx.signal),
          read: async () => (await readStack(ref, ctx.signal)).blocks,
          generateId: () => ids.next(),
          put: async (blocks: Block[]) => {
            const entries = blocks.map(blockToEntry)
            await request(`/blockstacks/${id}`, {
              method: 'PUT',
              body: { blocks: entries },
              ...sig(ctx.signal),
            })
            ids.remember(
              id,
              entries,
              blocks.map((b) => b.id),
            )
          },
        },
        ops,
        ctx,
      )
    },
  }
}
