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
import { malformed, rowOf, rowsOf } from './hub-answers'
import { kidsOf, variantOf } from './hub-client'
import type { HubClient, Variant } from './hub-client'
import { rootOf, toBlocks } from './mappers'
import { readAllPages } from './paging'
import { historyRowSchema, parse, storeSchema } from './schemas'
import type { HistoryRow } from './schemas'

export const documentOf = (
  ref: RecordRef,
  file: Record<string, unknown>,
  title: string,
  version: string,
): BlockDocument => ({ ref, title, blocks: toBlocks(kidsOf(file)), version })

/** Every version of the variant, newest first as the hub lists them. */
export async function allHistory(
  hub: HubClient,
  v: Variant,
  signal?: AbortSignal,
): Promise<HistoryRow[]> {
  const rows = await readAllPages('history', async (page) => {
    const params = { id: v.id, device: v.device, lang: v.lang, page }
    const reply = await hub.call('history', params, signal)
    return rowsOf(reply, 'history').map((row) => parse(historyRowSchema, row, 'history row'))
  })
  // Rows of another variant (a hub that ignores the filter) are not this variant's versions.
  return rows.filter(
    (row) =>
      (row.device === undefined || row.device === v.device) &&
      (row.lang === undefined || row.lang === v.lang),
  )
}

export const isCurrent = (row: HistoryRow): boolean => (row.active ?? row.is_current) === true
const isOnline = (row: HistoryRow): boolean => (row.isonline ?? row.is_online) === true

/** The history entry's own id (what block.copy takes). */
export const historyIdOf = (row: HistoryRow): string => {
  const id = row.history_id ?? row.id
  if (id === undefined) throw malformed('history row', row, 'it names no history entry')
  return id
}

const createdAtOf = (row: HistoryRow): string | undefined => {
  if (row.created_at) return row.created_at
  if (row.ctime !== undefined) return new Date(row.ctime * 1000).toISOString()
  return row.created_date || undefined
}

const summary = (row: HistoryRow): VersionSummary => {
  const createdAt = createdAtOf(row)
  const author = [row.firstname, row.lastname].filter(Boolean).join(' ')
  return {
    id: String(row.serial),
    label: `Version ${row.serial}${row.comment ? ` · ${row.comment}` : ''}`,
    ...(createdAt ? { createdAt } : {}),
    ...(author ? { author } : {}),
    published: isOnline(row),
  }
}

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
    const reply = await hub.call('store', params, signal)
    return parse(storeSchema, rowOf(reply, 'store answer'), 'store answer').active
  }

  return {
    published: {
      async loadPublished(ref, ctx = {}) {
        const v = variantOf(ref)
        const answer = await hub.content(v, { status: 'published' }, ctx.signal)
        // A placeholder: nothing live anywhere. Another variant's file: nothing live in this one.
        if (answer.kind === 'placeholder') return null
        if (answer.meta.device !== v.device || answer.meta.lang !== v.lang) return null
        return documentOf(ref, answer.file, answer.meta.hashtag, String(answer.meta.serial))
      },
    },
    publishing: {
      async publish(ref, ctx) {
        const v = variantOf(ref)
        const read = await hub.readDraft(v, ctx.signal)
        hub.checkVersion(read, ctx.version)
        // Publishes the draft's own serial: the live file and the draft are then one version.
        const status = 'publish_without_history'
        const serial = Number(read.version)
        const active = await storeAs(v, rootAndKids(read.file), { serial, status }, ctx.signal)
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
        const old = await readVersion(hub, variantOf(ref), versionId, ctx.signal)
        return documentOf(ref, old.file, old.title, versionId)
      },
      async restore(ref, versionId, ctx) {
        const v = variantOf(ref)
        const old = await readVersion(hub, v, versionId, ctx.signal)
        const read = await hub.readDraft(v, ctx.signal)
        hub.checkVersion(read, ctx.version)
        const fields = {
          serial: Number(read.version),
          status: '',
          comment: `Restored version ${versionId}`,
        }
        return { version: await storeAs(v, rootAndKids(old.file), fields, ctx.signal) }
      },
    },
  }
}

async function readVersion(
  hub: HubClient,
  v: Variant,
  versionId: string,
  signal?: AbortSignal,
): Promise<{ file: Record<string, unknown>; title: string }> {
  const serial = serialOf(versionId)
  const answer = await hub.content(v, { serial }, signal)
  if (answer.kind === 'placeholder' || answer.meta.serial !== serial) {
    throw new AdapterError('not-found', `The hub has no version ${versionId} of this page.`)
  }
  return { file: answer.file, title: answer.meta.hashtag }
}

function rootAndKids(file: Record<string, unknown>): Record<string, unknown> {
  return { ...rootOf(file), kids: kidsOf(file) }
}

function serialOf(versionId: string): number {
  const serial = Number(versionId)
  if (!Number.isInteger(serial) || serial < 1) {
    throw new AdapterError('bad-request', `"${versionId}" is not a version serial`)
  }
  return serial
}
