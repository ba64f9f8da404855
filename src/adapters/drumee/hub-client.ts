// Calls of the hub's block service through the proxy: POST /-/svc/block.<method> with a JSON body
// (a hub answers POST only; POST also keeps the long-cached published file out of the browser's
// HTTP cache). Errors become sentences (hub-errors.ts); a call refused for permission is tried once
// more asking the proxy to log in again (a hub that restarted forgot the proxy's session). Also
// the one read every write starts with: the variant's current draft.
import { createHttpClient } from '../http'
import type { FetchLike, HttpClient } from '../http'
import { AdapterError } from '../types'
import type { RecordRef } from '../types'
import { DRUMEE_CAPABILITIES, DRUMEE_COLLECTION } from './block-types'
import { contentOf, existsOf, isObject, malformed, rowsOf } from './hub-answers'
import type { ContentAnswer } from './hub-answers'
import { hubError, refusalIn } from './hub-errors'

/** The header asking the server's proxy to log in to the hub again (see proxy-session.ts). */
export const RENEW_HEADER = 'x-drumee-session'

export interface HubClientOptions {
  baseUrl: string
  fetch?: FetchLike
  timeoutMs?: number
}

export interface Variant {
  id: string
  device: string
  lang: string
}

/** What one draft read found: the stored file (or nothing yet), its title and version. */
export interface DraftRead {
  /** The stored file as read (root fields, meta, kids); `{}` when the variant has no content. */
  file: Record<string, unknown>
  title: string
  /** The variant's current serial as the version token; '0' when it has no file of its own. */
  version: string
  /** The variant whose file the hub answered with, when it is not the one asked (its fallback). */
  shownFrom?: { device: string; locale: string }
}

export type HubClient = ReturnType<typeof createHubClient>

/** The device and locale a ref names, defaulting to the hub's first of each. */
export function variantOf(ref: RecordRef): Variant {
  if (ref.collection !== DRUMEE_COLLECTION) {
    throw new AdapterError('not-found', `A Drumee hub has no collection "${ref.collection}"`)
  }
  return {
    id: ref.id,
    device: ref.device ?? DRUMEE_CAPABILITIES.devices[0] ?? 'desktop',
    lang: ref.locale ?? DRUMEE_CAPABILITIES.locales[0] ?? 'en',
  }
}

/** The nodes of a stored file: its `kids`, none when it has no `kids`. */
export function kidsOf(file: Record<string, unknown>): unknown[] {
  if (file.kids === undefined) return []
  if (!Array.isArray(file.kids)) throw malformed('content tree', file.kids, 'kids is not a list')
  return file.kids
}

export function createHubClient(options: HubClientOptions) {
  const shared = {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  }
  const http = createHttpClient(options.baseUrl, shared)
  const renewing = createHttpClient(options.baseUrl, {
    ...shared,
    headers: { [RENEW_HEADER]: 'renew' },
  })

  const post = async (
    client: HttpClient,
    service: string,
    params: Record<string, unknown>,
    signal: AbortSignal | undefined,
  ): Promise<unknown> => {
    const name = `block.${service}`
    let reply: unknown
    try {
      reply = await client.request(`/-/svc/${name}`, {
        method: 'POST',
        body: params,
        ...(signal ? { signal } : {}),
      })
    } catch (error) {
      if (error instanceof AdapterError && error.details.status !== undefined) {
        throw hubError(name, error.details.status, error.details.body, error)
      }
      throw error
    }
    // A content answer is the stored tree itself, whose keys are the page's own.
    const refusal = service === 'content' ? null : refusalIn(reply)
    if (refusal) throw hubError(name, 200, refusal, null)
    return reply
  }

  const call = async (
    service: string,
    params: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<unknown> => {
    try {
      return await post(http, service, params, signal)
    } catch (error) {
      if (!(error instanceof AdapterError) || error.kind !== 'forbidden') throw error
      return post(renewing, service, params, signal)
    }
  }

  /** One stored file: the draft (status draft), what is live (published) or a serial. */
  const content = async (
    v: Variant,
    which: { status: 'draft' | 'published' } | { serial: number },
    signal?: AbortSignal,
  ): Promise<ContentAnswer> => {
    // The language of block.content is `pagelang` (vendor-facts.md), not `lang`.
    const params = { id: v.id, device: v.device, pagelang: v.lang, ...which }
    return contentOf(await call('content', params, signal))
  }

  /** Whether the page exists, and its name when the hub says it. */
  const exists = async (
    v: Variant,
    signal?: AbortSignal,
  ): Promise<{ found: boolean; hashtag?: string }> => {
    const reply = await call('exists', { value: v.id }, signal)
    if (!existsOf(reply)) return { found: false }
    const row = rowsOf(reply, 'exists answer')[0]
    return isObject(row) && typeof row.hashtag === 'string'
      ? { found: true, hashtag: row.hashtag }
      : { found: true }
  }

  const readDraft = async (v: Variant, signal?: AbortSignal): Promise<DraftRead> => {
    const answer = await content(v, { status: 'draft' }, signal)
    if (answer.kind === 'file') {
      const own = answer.meta.device === v.device && answer.meta.lang === v.lang
      return {
        file: answer.file,
        title: answer.meta.hashtag,
        version: own ? String(answer.meta.serial) : '0',
        ...(own ? {} : { shownFrom: { device: answer.meta.device, locale: answer.meta.lang } }),
      }
    }
    // A placeholder: the hub found no content for the page in any variant, or no page at all.
    const found = await exists(v, signal)
    if (!found.found) throw new AdapterError('not-found', `The hub has no page ${v.id}.`)
    return { file: {}, title: found.hashtag ?? v.id, version: '0' }
  }

  /** Refuses to write unless the variant's current serial is the one the caller read. */
  const checkVersion = (read: DraftRead, expected: string | null): void => {
    if (read.version !== expected) {
      throw new AdapterError(
        'conflict',
        `The page changed since it was read (version ${read.version}, not ${expected ?? 'none'}).`,
        { status: 409 },
      )
    }
  }

  return { call, content, readDraft, checkVersion }
}
