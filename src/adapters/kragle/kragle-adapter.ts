// The Kragle API v1 adapter: a stack (`blockstacks`) is a document, its `blocks` array the blocks.
// A block's id is its Kragle instance id, or the editor's id for it that the durable id book
// keeps across writes and reloads (block-ids.ts). A flush re-reads the stack, rebases or refuses
// (conflict), PUTs the whole array and reads the stack back (apply.ts). The block types are the
// palette and, through `blockLibrary`, a library of their own.
import { capabilitiesOf } from '../../core/backend-capabilities'
import type { Block, BlockTypeSchema } from '../../core'
import { AdapterError } from '../types'
import type { BackendAdapter, ListQuery, Page, RecordRef, RecordSummary } from '../types'
import { applyToStack } from './apply'
import { BlockIdBook, browserStorage, fingerprint, memoryStorage } from './block-ids'
import type { IdStorage } from './block-ids'
import { createKragleRequest, isKragleId, sig } from './client'
import type { KragleClientOptions } from './client'
import { createBlockLibrary, readAllTypes } from './library'
import { blockToEntry, readBlockToBlock, toBlockTypeSchema } from './mappers'
import { readStack, readStackList, readWriteAnswer } from './parse-stack'
import type { ReadStack } from './parse-stack'
import { StackIds } from './stack-ids'

export interface KragleAdapterOptions extends KragleClientOptions {
  /** Where the id book is kept; default the browser's localStorage (memory where none). */
  idStorage?: IdStorage
}

const COLLECTION = 'stacks'
const MAX_PAGES = 50

const newId = (): string => {
  const bytes = new Uint8Array(8)
  globalThis.crypto.getRandomValues(bytes)
  return `kragle-new-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}

export function createKragleAdapter(options: KragleAdapterOptions): BackendAdapter {
  const request = createKragleRequest(options)
  const book = new BlockIdBook(options.idStorage ?? browserStorage() ?? memoryStorage())
  const loose = new StackIds()

  const stackId = (ref: RecordRef): string => {
    if (ref.collection !== COLLECTION) {
      throw new AdapterError('not-found', `Kragle has no collection "${ref.collection}"`)
    }
    if (!isKragleId(ref.id)) throw new AdapterError('not-found', `No stack with id "${ref.id}"`)
    return ref.id
  }

  const toBlocks = (id: string, stack: ReadStack): Block[] => {
    const ids = book.editorIds(id, stack.blocks)
    const named = ids.some((x) => x === null)
      ? loose.assign(
          id,
          stack.blocks.map((b) => [b.type, b.conversion, b.options]),
        )
      : []
    return stack.blocks.map((block, i) =>
      readBlockToBlock(block, ids[i] ?? named[i] ?? loose.next()),
    )
  }

  const readOne = async (ref: RecordRef, signal?: AbortSignal) => {
    const id = stackId(ref)
    const path = `/blockstacks/byid/${id}`
    let stack = readStack(await request(path, sig(signal)))
    if (stack.signedOut) {
      // The proxy's session ended without Kragle saying so: log in again, once.
      stack = readStack(await request(path, sig(signal), { renew: true }))
      if (stack.signedOut) {
        throw new AdapterError(
          'auth',
          'Kragle answered as to a signed-out user (blocks without their state): the server is not logged in to Kragle.',
        )
      }
    }
    if (stack.id !== id) {
      throw new AdapterError(
        'malformed',
        `Kragle answered with stack #${stack.id} for stack #${id}`,
      )
    }
    return { stack, blocks: toBlocks(id, stack) }
  }

  const blockTypes = async (signal?: AbortSignal): Promise<BlockTypeSchema[]> =>
    (await readAllTypes(request, false, signal)).map(toBlockTypeSchema)

  /** Every stack: pages of `GET /blockstacks` until one is short or the count is reached. */
  const listStacks = async (signal?: AbortSignal): Promise<ReadStack[]> => {
    const all: ReadStack[] = []
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const reply = readStackList(await request(`/blockstacks?page=${page}`, sig(signal)))
      all.push(...reply.stacks)
      const { count, pagesize } = reply
      if (reply.stacks.length === 0 || pagesize === null || reply.stacks.length < pagesize) break
      if (count !== null && page * pagesize >= count) break
    }
    return all
  }

  const write = async (ref: RecordRef, blocks: Block[], signal?: AbortSignal) => {
    const id = stackId(ref)
    const editorIds = blocks.map((b) => b.id)
    book.beforeWrite(
      id,
      editorIds,
      blocks.map((b) =>
        fingerprint({ type: b.type, conversion: b.value.conversion, state: b.value.state }),
      ),
    )
    const answer = await request(`/blockstacks/${id}`, {
      method: 'PUT',
      body: { blocks: blocks.map(blockToEntry) },
      ...sig(signal),
    })
    let instances: string[] | null = null
    try {
      instances = readWriteAnswer(answer)
    } catch {
      // The write was accepted; an answer we cannot read is settled by the read below.
    }
    if (instances?.length === blocks.length) book.afterWrite(id, editorIds, instances)
    return (await readOne(ref, signal)).blocks
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
          ref: { collection: COLLECTION, id: s.id },
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
      const { stack, blocks } = await readOne(ref, ctx.signal)
      return { ref, title: stack.name, blocks, version: null }
    },

    loadBlockTypes: (_ref, ctx = {}) => blockTypes(ctx.signal),

    applyOperations(ref, ops, ctx) {
      stackId(ref)
      return applyToStack(
        {
          schema: () => blockTypes(ctx.signal),
          read: async () => (await readOne(ref, ctx.signal)).blocks,
          generateId: newId,
          put: (blocks) => write(ref, blocks, ctx.signal),
        },
        ref,
        ops,
        ctx,
      )
    },
  }
}
