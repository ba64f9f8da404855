// The Omerlo Backoffice API (community v2) adapter: a profile (event, organization, person,
// project) is a document, its blocks are containers and their entries the children. A change of
// the block list is one blocks PUT, a block's own fields one PATCH, its entries one entries PUT of
// exactly the resulting array. Omerlo has no concurrency guard, so the arrays are re-read before
// they are replaced (apply.ts). Decisions: README.md.
import type { BlockTypeSchema } from '../../core/types'
import { createHttpClient } from '../http'
import { AdapterError } from '../types'
import type { FetchLike, HttpRequest } from '../http'
import type { BackendAdapter, RecordRef } from '../types'
import { applyAll } from './apply'
import { IdMap } from './id-map'
import { CONTENTS, editorBlockTypes, OMERLO_CAPABILITIES, PROFILE_COLLECTIONS } from './model'
import { listRecords, profilePath, readBlockTypes, readDocument } from './read'
import { parse, profileReply } from './schemas'

export interface OmerloAdapterOptions {
  /** The proxy root, e.g. `/api/backend` (the proxy adds the x-api-key header). */
  baseUrl: string
  fetch?: FetchLike
  timeoutMs?: number
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
  const ids = new IdMap()
  const kinds = new Map<string, string>()
  let schema: BlockTypeSchema[] | null = null
  const kindOf = (typeId: string) => kinds.get(typeId)

  /** The block types, read once per adapter (they are Omerlo's configuration, not content). */
  const loadTypes = async (signal?: AbortSignal): Promise<BlockTypeSchema[]> => {
    if (schema) return schema
    const types = await readBlockTypes(request, signal)
    for (const t of types) kinds.set(t.id, t.kind)
    schema = editorBlockTypes(types)
    return schema
  }

  return {
    id: 'omerlo',
    capabilities: OMERLO_CAPABILITIES,
    // Contents are listed so entry pickers can offer them; they have no blocks of their own.
    collections: [...PROFILE_COLLECTIONS, CONTENTS],

    listRecords: (query, ctx = {}) => listRecords(request, query, ctx.signal),

    async loadRecord(ref: RecordRef, ctx = {}) {
      const signal = ctx.signal ? { signal: ctx.signal } : {}
      await loadTypes(ctx.signal)
      const profile = parse(profileReply, await request(profilePath(ref), signal), 'profile')
      const { blocks } = await readDocument(request, ref, { ids, kindOf, ...signal })
      return { ref, title: profile.data.name, blocks, version: null }
    },

    async loadBlockTypes(_ref, ctx = {}) {
      return structuredClone(await loadTypes(ctx.signal))
    },

    async applyOperations(ref, ops, ctx) {
      const types = await loadTypes(ctx.signal)
      return applyAll({ request, ids, kindOf, schema: types }, ref, ops, ctx)
    },
  }
}

/** Omerlo's 401 and 403 say little; the editor says what to check. */
function clearer(error: unknown): unknown {
  if (!(error instanceof AdapterError)) return error
  if (error.kind === 'auth') {
    return new AdapterError(
      'auth',
      `Omerlo refused the API key (check BACKEND_API_KEY): ${error.message}`,
      error.details,
    )
  }
  if (error.kind === 'forbidden') {
    return new AdapterError(
      'forbidden',
      `The Omerlo API key lacks the roles for this: ${error.message}`,
      error.details,
    )
  }
  return error
}
