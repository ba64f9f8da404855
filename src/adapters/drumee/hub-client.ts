// Calls of the hub's block service through the proxy: POST /-/svc/block.<method> with a JSON
// body (POST also keeps the long-cached published file out of the browser's HTTP cache), answers
// checked with zod. Also the one read every write starts with: the variant's current draft.
import type { z } from 'zod'
import { createHttpClient } from '../http'
import type { FetchLike } from '../http'
import { AdapterError } from '../types'
import type { RecordRef } from '../types'
import { DRUMEE_CAPABILITIES, DRUMEE_COLLECTION } from './block-types'
import { letcSchema } from './schemas'
import type { StoredLetc } from './schemas'

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

/** What one content read found: the tree, and its serial when it is this variant's own file. */
export interface DraftRead {
  letc: StoredLetc
  /** The variant's current serial as the version token; '0' when the hub fell back to another. */
  version: string
}

export type HubClient = ReturnType<typeof createHubClient>

export function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    throw new AdapterError(
      'malformed',
      `The hub sent an unexpected ${what}: ${parsed.error.message}`,
    )
  }
  return parsed.data
}

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

export function createHubClient(options: HubClientOptions) {
  const http = createHttpClient(options.baseUrl, {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  })
  const call = (service: string, params: Record<string, unknown>, signal?: AbortSignal) =>
    http.request(`/-/svc/block.${service}`, {
      method: 'POST',
      body: params,
      ...(signal ? { signal } : {}),
    })

  /** One stored file: the draft (status draft), what is live (published) or a serial. */
  const content = async (
    v: Variant,
    which: { status: 'draft' | 'published' } | { serial: number },
    signal?: AbortSignal,
  ): Promise<StoredLetc> => {
    const params = { id: v.id, device: v.device, lang: v.lang, ...which }
    return parse(letcSchema, await call('content', params, signal), 'content tree')
  }

  const readDraft = async (v: Variant, signal?: AbortSignal): Promise<DraftRead> => {
    const letc = await content(v, { status: 'draft' }, signal)
    const own = letc.device === v.device && letc.lang === v.lang
    return { letc, version: own ? String(letc.serial) : '0' }
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
