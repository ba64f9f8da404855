// The Drumee hub adapter: a record is a hub block (a page) in one device and locale; the top-level
// nodes of its content tree are the blocks, their `kids` the nested blocks. A write is the one
// whole-document strategy (../shared/whole-document-writer.ts): read the variant's draft, compare
// it with the base and rebase in core, then store the whole tree as a new draft version.
// Decisions: README.md.
import { applyOperations } from '../../core'
import { AdapterError } from '../types'
import type { BackendAdapter, Page, RecordSummary } from '../types'
import {
  DRUMEE_BLOCK_TYPES,
  DRUMEE_CAPABILITIES,
  DRUMEE_COLLECTION,
  DRUMEE_COLLECTIONS,
} from './block-types'
import { rowOf, rowsOf } from './hub-answers'
import { createHubClient, variantOf } from './hub-client'
import type { DraftRead, HubClientOptions } from './hub-client'
import { writeWholeDocument } from '../shared/whole-document-writer'
import { toLetc } from './mappers'
import { readAllPages } from './paging'
import { createRecordAdmin } from './record-admin'
import { blockRowSchema, parse, storeSchema } from './schemas'
import type { BlockRow } from './schemas'
import { createVersionApis, documentOf } from './versions'

/** A list row's state: `published` where a hub sends it, else its `status` (online = live). */
const statusOf = (row: BlockRow): string | undefined => {
  if (row.published !== undefined) return row.published ? 'published' : 'draft'
  if (row.status === undefined) return undefined
  return row.status === 'online' || row.status === 'published' ? 'published' : 'draft'
}

export type DrumeeAdapterOptions = HubClientOptions

export function createDrumeeAdapter(options: DrumeeAdapterOptions): BackendAdapter {
  const hub = createHubClient(options)
  const versions = createVersionApis(hub)

  return {
    id: 'drumee',
    capabilities: DRUMEE_CAPABILITIES,
    collections: DRUMEE_COLLECTIONS,
    ...versions,
    recordAdmin: createRecordAdmin(hub),

    async listRecords(query, ctx = {}): Promise<Page<RecordSummary>> {
      if (query.collection !== DRUMEE_COLLECTION) {
        throw new AdapterError('not-found', `A Drumee hub has no collection "${query.collection}"`)
      }
      // block.list pages by 45 and has no name filter: read every page, then filter.
      const rows = await readAllPages('page list', async (page) => {
        const reply = await hub.call('list', { page, order: 'A' }, ctx.signal)
        return rowsOf(reply, 'page list').map((row) => parse(blockRowSchema, row, 'page row'))
      })
      const needle = query.search?.trim().toLowerCase() ?? ''
      const found =
        needle === '' ? rows : rows.filter((r) => r.hashtag.toLowerCase().includes(needle))
      const totalPages = Math.max(1, Math.ceil(found.length / query.limit))
      const start = (query.page - 1) * query.limit
      return {
        items: found.slice(start, start + query.limit).map((row): RecordSummary => {
          const status = statusOf(row)
          return {
            ref: { collection: DRUMEE_COLLECTION, id: row.id },
            title: row.hashtag,
            ...(row.mtime === undefined
              ? {}
              : { updatedAt: new Date(row.mtime * 1000).toISOString() }),
            ...(status === undefined ? {} : { status }),
          }
        }),
        page: query.page,
        total: found.length,
        totalPages,
        hasNextPage: query.page < totalPages,
        hasPrevPage: query.page > 1,
      }
    },

    async loadRecord(ref, ctx = {}) {
      const read = await hub.readDraft(variantOf(ref), ctx.signal)
      const doc = documentOf(ref, read.file, read.title, read.version)
      return read.shownFrom ? { ...doc, shownFrom: read.shownFrom } : doc
    },

    loadBlockTypes: () => Promise.resolve(DRUMEE_BLOCK_TYPES.map((t) => structuredClone(t))),

    applyOperations(ref, ops, ctx) {
      const v = variantOf(ref)
      return writeWholeDocument<DraftRead>(
        {
          rules: () => (doc, list) => applyOperations(doc, list, { schema: DRUMEE_BLOCK_TYPES }),
          async read(_ref, _want, signal) {
            const read = await hub.readDraft(v, signal)
            return {
              blocks: documentOf(ref, read.file, read.title, read.version).blocks,
              held: read,
            }
          },
          // The whole tree as a new draft version, on the file as read (its other keys kept),
          // with the serial read (a hub does not compare it: the read and compare are the guard).
          async write(_ref, { final, held }, signal) {
            const params = {
              id: v.id,
              device: v.device,
              lang: v.lang,
              serial: Number(held.version),
              letc: toLetc(held.file, final),
            }
            const reply = await hub.call('store', params, signal)
            const stored = parse(storeSchema, rowOf(reply, 'store answer'), 'store answer')
            return { version: stored.active, blocks: final }
          },
          landed: (final, held) => ({ version: held.version, blocks: final }),
        },
        ref,
        ops,
        ctx,
      )
    },
  }
}
