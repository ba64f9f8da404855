// The Tines Cases API adapter: a case is a document, block groups are containers. Each operation
// becomes single-block calls (POST, PUT position/fields, PUT element, DELETE). Tines has no
// concurrency guard, so the case is re-listed before writing and the touched blocks compared with
// the editor's base; when a call fails midway, the case is listed again to tell exactly how many
// leading operations landed (AdapterError details.appliedCount). Decisions: README.md.
import type { Block } from '../../core/types'
import { createHttpClient } from '../http'
import type { FetchLike, HttpRequest } from '../http'
import { AdapterError } from '../types'
import type { ApplyOutcome, BackendAdapter, RecordRef } from '../types'
import { TINES_BLOCK_TYPES, TINES_CAPABILITIES, TINES_COLLECTIONS } from './block-types'
import { sanitizeOperations } from '../sanitize-html'
import { applyAll } from './apply'
import { browserIdStore } from '../durable-id-map'
import type { IdStore } from '../durable-id-map'
import { IdMap } from './id-map'
import { listCases } from './list-cases'
import { toTree } from './mappers'
import { blockListSchema, caseSchema } from './schemas'
import type { TinesBlock } from './schemas'
import { checkPageLimit, parse } from './validate'
import { one, unwrap } from '../tolerant-shapes'
import type { Writer } from './writes'

export interface TinesAdapterOptions {
  /** The proxy root, e.g. `/api/backend` (the proxy adds the Bearer key). */
  baseUrl: string
  fetch?: FetchLike
  timeoutMs?: number
  /** Where the editor's ids of new blocks are kept; localStorage in a browser. */
  idStore?: IdStore
}

const PER_PAGE = 500
const enc = encodeURIComponent

export function createTinesAdapter(options: TinesAdapterOptions): BackendAdapter {
  const http = createHttpClient(options.baseUrl, {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  })
  const request = (path: string, init: HttpRequest = {}) => http.request(`/api/v2${path}`, init)
  // Durable: an edit restored from the outbox after a reload names a new block by its editor id.
  const ids = new IdMap(options.idStore ?? browserIdStore('block-editor:ids:tines'))
  const casePath = (ref: RecordRef) => {
    if (ref.collection !== 'cases') {
      throw new AdapterError('not-found', `Tines has no collection "${ref.collection}"`)
    }
    return `/cases/${enc(ref.id)}`
  }

  const listBlocks = async (ref: RecordRef, signal?: AbortSignal): Promise<Block[]> => {
    const all: TinesBlock[] = []
    for (let page = 1; ; page += 1) {
      const path = `${casePath(ref)}/blocks?per_page=${PER_PAGE}&page=${page}`
      const reply = parse(blockListSchema, await request(path, sig(signal)), 'block list')
      all.push(...reply.blocks)
      if (page >= reply.meta.pages || reply.blocks.length === 0) break
      checkPageLimit(page, 'block list')
    }
    return toTree(all, ids)
  }

  return {
    id: 'tines',
    capabilities: TINES_CAPABILITIES,
    collections: TINES_COLLECTIONS,

    listRecords: (query, ctx = {}) => listCases(request, query, ctx.signal),

    async loadRecord(ref, ctx = {}) {
      ids.refresh()
      // The case answer is not in the documents: bare, under `case` or `data`, or a list of one.
      const reply = one(unwrap(await request(casePath(ref), sig(ctx.signal)), ['case']))
      const found = parse(caseSchema, reply, 'case')
      return {
        ref,
        title: found.name,
        blocks: await listBlocks(ref, ctx.signal),
        version: null,
      }
    },

    loadBlockTypes: () => Promise.resolve(TINES_BLOCK_TYPES.map((t) => structuredClone(t))),

    applyOperations(ref, ops, ctx): Promise<ApplyOutcome> {
      ids.refresh()
      const writer: Writer = {
        ids,
        request: (path, init) =>
          request(`${casePath(ref)}/blocks${path}`, { ...init, ...sig(ctx.signal) }),
      }
      // Rich text (html notes) is sanitized again on its way out, whoever produced it.
      const clean = sanitizeOperations(ops)
      return applyAll({ writer, list: () => listBlocks(ref, ctx.signal) }, clean, ctx)
    },
  }
}

function sig(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal ? { signal } : {}
}
