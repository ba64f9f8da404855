// An in-memory BackendAdapter for the sync layer's unit tests (not used by the app): it applies
// operations with the core, guards on the version like Basker, and fails on demand.
import { applyOperations } from '../../core'
import type { Block, BlockTypeSchema, Operation } from '../../core'
import { AdapterError } from '../../adapters/types'
import type { ApplyContext, BackendAdapter, BlockDocument, RecordRef } from '../../adapters/types'

export interface FakeAdapter extends BackendAdapter {
  blocks: Block[]
  version: number
  writes: { ops: Operation[]; version: string | null }[]
  /** Errors thrown by the next writes, first in first out. */
  failWrites: AdapterError[]
  /** When true, successful writes return no version (like Basker's documented example). */
  omitVersion: boolean
  /** Someone else edits the record. */
  externalEdit(ops: Operation[]): void
}

export function createFakeAdapter(blocks: Block[], schema: BlockTypeSchema[]): FakeAdapter {
  const fake: FakeAdapter = {
    id: 'basker',
    capabilities: {
      nesting: false,
      drafts: true,
      publish: false,
      history: false,
      devices: [],
      locales: [],
      themeSettings: false,
      concurrency: 'ifUpdatedAt',
    },
    collections: [{ id: 'pages', label: 'Pages' }],
    blocks,
    version: 1,
    writes: [],
    failWrites: [],
    omitVersion: false,
    listRecords: (query) =>
      Promise.resolve({
        items: [{ ref: { collection: query.collection, id: 'p1' }, title: 'Home' }],
        page: query.page,
        totalPages: 1,
        total: 1,
        hasNextPage: false,
        hasPrevPage: false,
      }),
    loadRecord: (ref: RecordRef): Promise<BlockDocument> =>
      Promise.resolve({ ref, title: 'Home', blocks: fake.blocks, version: `v${fake.version}` }),
    loadBlockTypes: () => Promise.resolve(schema),
    applyOperations(_ref, ops, ctx: ApplyContext) {
      fake.writes.push({ ops, version: ctx.version })
      const failure = fake.failWrites.shift()
      if (failure) return Promise.reject(failure)
      if (ctx.version !== `v${fake.version}`) {
        return Promise.reject(new AdapterError('conflict', 'The record changed', { status: 409 }))
      }
      const result = applyOperations(fake.blocks, ops, { schema })
      if (!result.ok) {
        const error = new AdapterError('validation', result.message, {
          status: 422,
          operationIndex: result.index,
        })
        return Promise.reject(error)
      }
      fake.blocks = result.blocks
      fake.version += 1
      return Promise.resolve(
        fake.omitVersion ? { version: null } : { version: `v${fake.version}`, blocks: fake.blocks },
      )
    },
    externalEdit(ops) {
      const result = applyOperations(fake.blocks, ops)
      if (!result.ok) throw new Error(result.message)
      fake.blocks = result.blocks
      fake.version += 1
    },
  }
  return fake
}
