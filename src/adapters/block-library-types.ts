// The block library: a backend whose block types are records of their own (Kragle's blocktypes)
// offers them for browsing and editing. Present on adapters that have one (`adapter.blockLibrary`).
import type { AdapterContext, Page } from './types'

export interface LibraryBlockType {
  id: string
  name: string
  owner: number
  /** A JSON object, or the URL of one when `isRemote`. */
  definition: unknown
  isRemote: boolean
  needsApproval: boolean
  /** null when the backend did not say (a list filtered to public types: all approved). */
  isApproved: boolean | null
  /** The definition as a JSON object, fetched from its URL for remote ones; null when unknown. */
  resolved: unknown
}

export interface LibraryQuery {
  /** 1-based. */
  page: number
  /** Matches names containing this text (case-insensitive). */
  search?: string
  /** Only approved, public types (leaves out the user's private ones). */
  publicOnly?: boolean
}

export interface BlockTypeDraft {
  name: string
  definition: unknown
  isRemote: boolean
  needsApproval: boolean
}

export interface BlockLibraryApi {
  list(query: LibraryQuery, ctx?: AdapterContext): Promise<Page<LibraryBlockType>>
  get(id: string, ctx?: AdapterContext): Promise<LibraryBlockType>
  /** Asks the backend whether `create(draft)` would succeed; stores nothing. */
  validate(draft: BlockTypeDraft, ctx?: AdapterContext): Promise<void>
  create(draft: BlockTypeDraft, ctx?: AdapterContext): Promise<{ id: string }>
  /** Sends only the fields given; the others stay as they are. */
  update(
    id: string,
    change: Partial<BlockTypeDraft>,
    ctx?: AdapterContext,
  ): Promise<LibraryBlockType>
}
