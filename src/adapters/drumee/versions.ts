// What is live, publishing, and the history of one device+locale variant. Restoring reads the
// old version and stores it as a new draft (the serial check first), so history only grows.
import { AdapterError } from '../types'
import type {
  BlockDocument,
  HistoryApi,
  PublishedApi,
  PublishingApi,
  RecordRef,
  VersionSummary,
} from '../types'
import { parse, variantOf } from './hub-client'
import type { HubClient, Variant } from './hub-client'
import { rootOf, toBlocks } from './mappers'
import { historySchema, storeSchema } from './schemas'
import type { HistoryRow, StoredLetc } from './schemas'

/** The hub's page size for paged services: a shorter page is the last. */
export const HUB_PAGE_SIZE = 20

export const documentOf = (ref: RecordRef, letc: StoredLetc, version: string): BlockDocument => ({
  ref,
  title: letc.hashtag,
  blocks: toBlocks(letc.kids ?? []),
  version,
})

export async function allHistory(
  hub: HubClient,
  v: Variant,
  signal?: AbortSignal,
): Promise<HistoryRow[]> {
  const rows: HistoryRow[] = []
  for (let page = 1; ; page += 1) {
    const params = { id: v.id, device: v.device, lang: v.lang, page }
    const reply = parse(historySchema, await hub.call('history', params, signal), 'history')
    rows.push(...reply.data)
    if (reply.data.length < HUB_PAGE_SIZE) return rows
  }
}

const summary = (row: HistoryRow): VersionSummary => ({
  id: String(row.serial),
  label: `Version ${row.serial}${row.comment ? ` · ${row.comment}` : ''}`,
  ...(row.created_at ? { createdAt: row.created_at } : {}),
  published: row.is_online === 1,
})

const isNotFound = (error: unknown): boolean =>
  error instanceof AdapterError && error.kind === 'not-found'

export function createVersionApis(hub: HubClient): {
  published: PublishedApi
  publishing: PublishingApi
  history: HistoryApi
} {
  const storeAs = async (
    v: Variant,
    letc: Record<string, unknown>,
    fields: { serial: number; status: string; comment?: string },
    signal?: AbortSignal,
  ): Promise<string> => {
    const params = { id: v.id, device: v.device, lang: v.lang, letc, ...fields }
    return parse(storeSchema, await hub.call('store', params, signal), 'store answer').data.active
  }

  return {
    published: {
      async loadPublished(ref, ctx = {}) {
        const v = variantOf(ref)
        try {
          const letc = await hub.content(v, { status: 'published' }, ctx.signal)
          // What the hub falls back to is another variant's page: this one has nothing live.
          if (letc.device !== v.device || letc.lang !== v.lang) return null
          return documentOf(ref, letc, String(letc.serial))
        } catch (error) {
          if (isNotFound(error)) return null
          throw error
        }
      },
    },
    publishing: {
      async publish(ref, ctx) {
        const v = variantOf(ref)
        const read = await hub.readDraft(v, ctx.signal)
        hub.checkVersion(read, ctx.version)
        // Publishes the draft's own serial: the live file and the draft are then one version.
        const status = 'publish_without_history'
        const serial = read.letc.serial
        const active = await storeAs(v, rootAndKids(read.letc), { serial, status }, ctx.signal)
        return { version: active }
      },
      async unpublish(ref, ctx = {}) {
        const v = variantOf(ref)
        const params = { id: v.id, device: v.device, locale: v.lang }
        await hub.call('unpublish', params, ctx.signal)
      },
    },
    history: {
      async list(ref, query, ctx = {}) {
        const rows = await allHistory(hub, variantOf(ref), ctx.signal)
        const start = (query.page - 1) * query.limit
        const totalPages = Math.max(1, Math.ceil(rows.length / query.limit))
        return {
          items: rows.slice(start, start + query.limit).map(summary),
          page: query.page,
          total: rows.length,
          totalPages,
          hasNextPage: query.page < totalPages,
          hasPrevPage: query.page > 1,
        }
      },
      async load(ref, versionId, ctx = {}) {
        const serial = serialOf(versionId)
        const letc = await hub.content(variantOf(ref), { serial }, ctx.signal)
        return documentOf(ref, letc, versionId)
      },
      async restore(ref, versionId, ctx) {
        const v = variantOf(ref)
        const old = await hub.content(v, { serial: serialOf(versionId) }, ctx.signal)
        const read = await hub.readDraft(v, ctx.signal)
        hub.checkVersion(read, ctx.version)
        const fields = {
          serial: Number(read.version),
          status: '',
          comment: `Restored version ${versionId}`,
        }
        return { version: await storeAs(v, rootAndKids(old), fields, ctx.signal) }
      },
    },
  }
}

function rootAndKids(letc: StoredLetc): Record<string, unknown> {
  return { ...rootOf(letc), kids: letc.kids ?? [] }
}

function serialOf(versionId: string): number {
  const serial = Number(versionId)
  if (!Number.isInteger(serial) || serial < 1) {
    throw new AdapterError('bad-request', `"${versionId}" is not a version serial`)
  }
  return serial
}
