// The Omerlo Backoffice API (community v2) adapter: a profile (event, organization, person,
// project) is a document, its blocks are containers and their entries the children. A change of
// the block list is one blocks PUT, a block's own fields a PATCH, its entries one entries PUT of
// exactly the resulting array. Omerlo has no concurrency guard, so the arrays are re-read before
// they are replaced, compared and rebased by the one whole-document driver (apply.ts). Only documented requests are made (README.md has the table).
import { browserIdStore, IdMap } from '../durable-id-map'
import type { IdStore } from '../durable-id-map'
import { createHttpClient } from '../http'
import { AdapterError } from '../types'
import type { FetchLike, HttpRequest } from '../http'
import type { BackendAdapter, RecordRef } from '../types'
import { applyAll } from './apply'
import { OMERLO_CAPABILITIES, PROFILE_COLLECTIONS } from './model'
import { listRecords, profilePath, readBlocks, readDocument } from './read'
import { nameOf, parseProfile } from './schemas'
import { SeenTypes } from './seen-types'
import { omerloVersion } from './version'

export interface OmerloAdapterOptions {
  /** The proxy root, e.g. `/api/backend` (the proxy adds the x-api-key header). */
  baseUrl: string
  fetch?: FetchLike
  timeoutMs?: number
  /** Where the editor's ids of new blocks and moved entries are kept; localStorage in a browser. */
  idStore?: IdStore
}

export const OMERLO_API = '/api/community/v2'

export function createOmerloAdapter(options: OmerloAdapterOptions): BackendAdapter {
  const http = createHttpClient(options.baseUrl, {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  })
  const request = (path: string, init: HttpRequest = {}) =>
    http.request(`${OMERLO_API}${path}`, init).catch((error: unknown) => {
      throw clearer(error)
    })
  // Durable: an edit restored from the outbox after a reload names a block or entry by the id
  // the editor gave it, which Omerlo never saw.
  const ids = new IdMap(options.idStore ?? browserIdStore('block-editor:ids:omerlo'))
  const types = new SeenTypes()

  return {
    id: 'omerlo',
    capabilities: OMERLO_CAPABILITIES,
    collections: PROFILE_COLLECTIONS,

    listRecords: (query, ctx = {}) => listRecords(request, query, ctx.signal),

    async loadRecord(ref: RecordRef, ctx = {}) {
      const signal = ctx.signal ? { signal: ctx.signal } : {}
      ids.refresh()
      const profile = parseProfile(await request(profilePath(ref), signal))
      const { blocks } = await readDocument(request, ref, { ids, types, ...signal })
      return { ref, title: nameOf(profile) ?? ref.id, blocks, version: omerloVersion(blocks) }
    },

    /** The types the record's blocks answer carries (Omerlo documents no listing of them). */
    async loadBlockTypes(ref, ctx = {}) {
      await readBlocks(request, ref, types, ctx.signal)
      return types.schema()
    },

    async applyOperations(ref, ops, ctx) {
      ids.refresh()
      return applyAll({ request, ids, types, schema: types.schema() }, ref, ops, ctx)
    },
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Omerlo's failures carry `errors: [...]`; each item's shape is not public. */
function errorsText(body: unknown): string | null {
  if (!isRecord(body) || !Array.isArray(body.errors)) return null
  const parts = body.errors.flatMap((item: unknown) => {
    if (typeof item === 'string') return [item]
    if (!isRecord(item)) return []
    const text = [item.message, item.detail, item.title].find((t) => typeof t === 'string' && t)
    return typeof text === 'string' ? [text] : []
  })
  return parts.length > 0 ? parts.join('; ') : null
}

/** Omerlo's own words where it gave some; its 401 and 403 also say what to check. */
function clearer(error: unknown): unknown {
  if (!(error instanceof AdapterError)) return error
  const message = errorsText(error.details.body) ?? error.message
  if (error.kind === 'auth') {
    return new AdapterError(
      'auth',
      `Omerlo refused the API key (check BACKEND_API_KEY): ${message}`,
      error.details,
    )
  }
  if (error.kind === 'forbidden') {
    return new AdapterError(
      'forbidden',
      `The Omerlo API key lacks the roles for this: ${message}`,
      error.details,
    )
  }
  return message === error.message ? error : new AdapterError(error.kind, message, error.details)
}
