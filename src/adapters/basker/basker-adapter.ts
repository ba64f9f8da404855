// The Basker Partners API adapter: operations pass through unchanged in one PATCH guarded by
// ifUpdatedAt; reads go to the draft. All traffic goes through the same-origin proxy.
import { createHttpClient } from '../http'
import { sanitizeOperations } from '../sanitize-html'
import type { FetchLike, HttpRequest } from '../http'
import { AdapterError } from '../types'
import type { BackendAdapter, RecordRef, ThemeSettings } from '../types'
import { BASKER_CAPABILITIES, BASKER_COLLECTIONS } from './collections'
import { toBlockTypes, toDocument, toPage, toPatchBody, withOperationIndex } from './mappers'
import { createLargeReads } from './large-reads'
import { createBaskerThemeSettings } from './theme-settings'

/** How long a record's read also answers the read of its theme settings. */
const RECENT_THEME_MS = 10_000

export interface BaskerAdapterOptions {
  /** The proxy root, e.g. `/api/backend` (the proxy adds credentials). */
  baseUrl: string
  tenant: string
  apiVersion: string
  fetch?: FetchLike
  timeoutMs?: number
}

export function createBaskerAdapter(options: BaskerAdapterOptions): BackendAdapter {
  const root = `/partners/${enc(options.apiVersion)}/${enc(options.tenant)}`
  const http = createHttpClient(options.baseUrl, httpOptions(options))
  const request = (path: string, init: HttpRequest) => http.request(`${root}${path}`, init)
  const recordPath = (ref: RecordRef) => `/${collectionOf(ref.collection)}/${enc(ref.id)}`
  // The language to edit (Basker's `locale` query parameter); none: the site's default.
  const localeQuery = (ref: RecordRef) => (ref.locale ? `locale=${enc(ref.locale)}` : '')
  const withLocale = (path: string, ref: RecordRef) => {
    const query = localeQuery(ref)
    return query === '' ? path : `${path}${path.includes('?') ? '&' : '?'}${query}`
  }
  const reads = createLargeReads()
  const keyOf = (ref: RecordRef) => withLocale(recordPath(ref), ref)
  // The theme settings of each record just read, for the canvas's theme read that follows.
  const recentThemes = new Map<string, { at: number; theme: ThemeSettings }>()
  const themeSettings = createBaskerThemeSettings(request, {
    record: recordPath,
    localeQuery,
    recent(ref) {
      const key = keyOf(ref)
      const hit = recentThemes.get(key)
      // Used once: a later read (after a 409, a reload of the form) asks the backend again.
      recentThemes.delete(key)
      return hit && Date.now() - hit.at < RECENT_THEME_MS ? hit.theme : null
    },
  })

  return {
    id: 'basker',
    capabilities: BASKER_CAPABILITIES,
    collections: BASKER_COLLECTIONS,
    themeSettings,

    async listRecords(query, ctx = {}) {
      const params = [`limit=${query.limit}`, `page=${query.page}`]
      // Basker reads qs-style brackets; only the value needs escaping.
      if (query.search) params.push(`where[title][like]=${encodeURIComponent(query.search)}`)
      const path = `/${collectionOf(query.collection)}?${params.join('&')}`
      return toPage(query.collection, await request(path, signalOf(ctx.signal)))
    },

    async loadRecord(ref, ctx = {}) {
      const path = withLocale(`${recordPath(ref)}?draft=true`, ref)
      const text = await request(path, { readAs: 'text', ...signalOf(ctx.signal) })
      const key = keyOf(ref)
      const { document, theme } = await reads.record({
        kind: 'record',
        key,
        ref,
        text: String(text),
      })
      if (theme) recentThemes.set(key, { at: Date.now(), theme })
      else recentThemes.delete(key)
      return document
    },

    published: {
      // Basker serves what is live without ?draft=true. A 404 there means nothing is published
      // (a missing record also fails the draft read the review makes beside it).
      async loadPublished(ref, ctx = {}) {
        try {
          const path = withLocale(recordPath(ref), ref)
          return toDocument(ref, await request(path, signalOf(ctx.signal)))
        } catch (error) {
          if (error instanceof AdapterError && error.kind === 'not-found') return null
          throw error
        }
      },
    },

    async loadBlockTypes(ref, ctx = {}) {
      const path = `/${collectionOf(ref.collection)}/blocks/schema`
      return toBlockTypes(await request(path, signalOf(ctx.signal)))
    },

    async applyOperations(ref, ops, ctx) {
      try {
        const text = await request(withLocale(`${recordPath(ref)}/blocks`, ref), {
          method: 'PATCH',
          // Rich text is sanitized again on its way out, whoever produced it.
          body: toPatchBody(sanitizeOperations(ops), ctx.version),
          readAs: 'text',
          ...signalOf(ctx.signal),
        })
        // The answer holds the whole document: compared with the prediction off the main
        // thread when large (large-reads.ts).
        return await reads.write({
          kind: 'write',
          key: keyOf(ref),
          text: String(text),
          baseVersion: ctx.version,
          ops,
        })
      } catch (error) {
        throw error instanceof AdapterError ? withOperationIndex(error, ops) : error
      }
    },
  }
}

function collectionOf(collection: string): string {
  if (!BASKER_COLLECTIONS.some((c) => c.id === collection)) {
    throw new AdapterError('not-found', `Basker has no block-editable collection "${collection}"`)
  }
  return collection
}

function enc(segment: string): string {
  return encodeURIComponent(segment)
}

function signalOf(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal ? { signal } : {}
}

function httpOptions(options: BaskerAdapterOptions): { fetch?: FetchLike; timeoutMs?: number } {
  const out: { fetch?: FetchLike; timeoutMs?: number } = {}
  if (options.fetch) out.fetch = options.fetch
  if (options.timeoutMs !== undefined) out.timeoutMs = options.timeoutMs
  return out
}
