// The contract every backend adapter fulfils. Adapters translate the operation language into
// their backend's calls; everything above them speaks only these types.
import type { Block, BlockTypeSchema, FieldSchema, FieldValues, Operation } from '../core/types'

import type { BackendId } from '../core/backends'

export type { BackendId }

import type { Capabilities } from '../core/backend-capabilities'
import type { BlockLibraryApi } from './block-library-types'

export type { Capabilities }

export interface CollectionInfo {
  id: string
  label: string
  /** Listed only for pickers (Omerlo's contents): its records have no blocks to edit. */
  pickOnly?: boolean
}

export interface RecordRef {
  collection: string
  id: string
  device?: string
  locale?: string
}

export interface RecordSummary {
  ref: RecordRef
  title: string
  updatedAt?: string
  status?: string
}

export interface ListQuery {
  collection: string
  search?: string
  /** 1-based. */
  page: number
  limit: number
}

export interface Page<T> {
  items: T[]
  page: number
  totalPages: number
  total: number
  hasNextPage: boolean
  hasPrevPage: boolean
}

export interface BlockDocument {
  ref: RecordRef
  title: string
  blocks: Block[]
  /** The backend's version token (Basker: `updatedAt`, Drumee: serial); null when none. */
  version: string | null
  /** Set when the backend answered with another variant's content (Drumee's fallback): which. */
  shownFrom?: { device: string; locale: string }
}

export interface AdapterContext {
  signal?: AbortSignal
  /**
   * The answer must come from the backend now, never from an earlier read it remembered: a
   * re-read after a 409 or a lost answer exists to learn what changed meanwhile.
   */
  fresh?: boolean
}

export interface ApplyContext extends AdapterContext {
  /** The version token of the base the operations were planned against. */
  version: string | null
  /** The base the operations were planned against (adapters that PUT whole arrays need it). */
  base: Block[]
}

export interface ApplyOutcome {
  /** The new version token; null when the backend did not return one (re-read before writing). */
  version: string | null
  /** The document after the write when the backend returned it or the adapter re-read it. */
  blocks?: Block[]
}

export type AdapterErrorKind =
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'validation'
  | 'rate-limited'
  | 'network'
  | 'timeout'
  | 'server'
  | 'malformed'
  | 'bad-request'

export interface AdapterErrorDetails {
  status?: number
  /** For validation errors: index of the failing operation in the list that was sent. */
  operationIndex?: number
  blockId?: string
  retryAfterMs?: number
  /** For partial failures of multi-request flushes: how many operations landed. */
  appliedCount?: number
  /** The parsed error body the backend sent, for adapters that read more than its message. */
  body?: unknown
}

export class AdapterError extends Error {
  readonly kind: AdapterErrorKind
  readonly details: AdapterErrorDetails

  constructor(kind: AdapterErrorKind, message: string, details: AdapterErrorDetails = {}) {
    super(message)
    this.name = 'AdapterError'
    this.kind = kind
    this.details = details
  }
}

/** Whose theme settings: the whole site's, or one record's (its template's settings). */
export type ThemeScope = { kind: 'site' } | { kind: 'record'; ref: RecordRef }

export interface ThemeSettings {
  values: FieldValues
  /** The version token to send back with the next change; null when the backend has none. */
  version: string | null
  /** The backend offers no read of the current values (Basker's site theme): `values` holds
   * only what this editor set, and an empty field means unknown, not unset. */
  valuesUnknown?: boolean
}

export interface ThemeSettingsChange {
  set: FieldValues
  unset: string[]
}

/** Present on adapters whose capabilities declare themeSettings. */
export interface ThemeSettingsApi {
  loadSchema(scope: ThemeScope, ctx?: AdapterContext): Promise<FieldSchema[]>
  load(scope: ThemeScope, ctx?: AdapterContext): Promise<ThemeSettings>
  save(
    scope: ThemeScope,
    change: ThemeSettingsChange,
    ctx: AdapterContext & { version: string | null },
  ): Promise<ThemeSettings>
}

export interface VersionSummary {
  id: string
  /** What a person calls this version ("Version 12", "Published 3 May"). */
  label: string
  createdAt?: string
  author?: string
  published?: boolean
}

/** Present on adapters that can read what is live; review compares the draft with it. */
export interface PublishedApi {
  /** The published document; null when nothing is published. */
  loadPublished(ref: RecordRef, ctx?: AdapterContext): Promise<BlockDocument | null>
}

/** Present when capabilities.publish is true. */
export interface PublishingApi {
  /** Publishes the draft at `version`; refuses (conflict) when the draft changed since. */
  publish(
    ref: RecordRef,
    ctx: AdapterContext & { version: string | null },
  ): Promise<{ version: string | null }>
  unpublish(ref: RecordRef, ctx?: AdapterContext): Promise<void>
}

/** Present when capabilities.history is true. */
export interface HistoryApi {
  list(
    ref: RecordRef,
    query: { page: number; limit: number },
    ctx?: AdapterContext,
  ): Promise<Page<VersionSummary>>
  /** One version, read-only. */
  load(ref: RecordRef, versionId: string, ctx?: AdapterContext): Promise<BlockDocument>
  /** Brings a version's content back as a new draft version (never rewrites history). */
  restore(
    ref: RecordRef,
    versionId: string,
    ctx: AdapterContext & { version: string | null },
  ): Promise<{ version: string | null }>
}

/** Present on adapters whose records can be renamed and copied (Drumee's hub pages). */
export interface RecordAdminApi {
  /** Gives the record a new name; resolves with the title it now has. */
  rename(ref: RecordRef, name: string, ctx?: AdapterContext): Promise<{ title: string }>
  /** Copies what `ref` holds now as a new record named `name`; resolves with its ref. */
  copy(ref: RecordRef, name: string, ctx?: AdapterContext): Promise<RecordRef>
}

export interface BackendAdapter {
  readonly id: BackendId
  readonly capabilities: Capabilities
  readonly collections: readonly CollectionInfo[]
  listRecords(query: ListQuery, ctx?: AdapterContext): Promise<Page<RecordSummary>>
  loadRecord(ref: RecordRef, ctx?: AdapterContext): Promise<BlockDocument>
  loadBlockTypes(ref: RecordRef, ctx?: AdapterContext): Promise<BlockTypeSchema[]>
  applyOperations(ref: RecordRef, ops: Operation[], ctx: ApplyContext): Promise<ApplyOutcome>
  readonly themeSettings?: ThemeSettingsApi
  readonly published?: PublishedApi
  readonly publishing?: PublishingApi
  readonly history?: HistoryApi
  /** Present when the backend's block types can be browsed and edited (Kragle). */
  readonly blockLibrary?: BlockLibraryApi
  readonly recordAdmin?: RecordAdminApi
}
