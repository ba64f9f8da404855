// Reading from Omerlo: lists of profiles (and of contents, for pickers), a profile's blocks with
// their entries as one editor document, and the block types.
import type { Block } from '../../core/types'
import type { HttpRequest } from '../http'
import { AdapterError } from '../types'
import type { ListQuery, Page, RecordRef, RecordSummary } from '../types'
import type { IdMap } from './id-map'
import { toBlock } from './mappers'
import type { KindOf } from './mappers'
import { CONTENTS, PROFILE_COLLECTIONS } from './model'
import {
  blocksReply,
  blockTypesReply,
  contentsReply,
  entriesReply,
  parse,
  profilesReply,
} from './schemas'
import type { OmerloBlock, OmerloEntry } from './schemas'

export type Request = (path: string, init?: HttpRequest) => Promise<unknown>

const enc = encodeURIComponent
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const profilePath = (ref: RecordRef): string => {
  if (!PROFILE_COLLECTIONS.some((c) => c.id === ref.collection)) {
    throw new AdapterError('not-found', `Omerlo has no blocks for "${ref.collection}".`)
  }
  // Omerlo answers 400 to an id that is no UUID; for the editor that record does not exist.
  if (!UUID.test(ref.id)) throw new AdapterError('not-found', `No ${ref.collection} "${ref.id}".`)
  return `/${ref.collection}/${enc(ref.id)}`
}

export async function listRecords(
  request: Request,
  query: ListQuery,
  signal?: AbortSignal,
): Promise<Page<RecordSummary>> {
  const known = [...PROFILE_COLLECTIONS, CONTENTS].some((c) => c.id === query.collection)
  if (!known) throw new AdapterError('not-found', `Omerlo has no collection "${query.collection}".`)
  const params = new URLSearchParams({ page: String(query.page), per_page: String(query.limit) })
  if (query.search) params.set('search', query.search)
  const reply = await request(`/${query.collection}?${params}`, signal ? { signal } : {})
  const ref = (id: string) => ({ collection: query.collection, id })
  let items: RecordSummary[]
  let meta: { page: number; total: number; total_pages: number } | undefined
  if (query.collection === CONTENTS.id) {
    const list = parse(contentsReply, reply, 'list of contents')
    items = list.data.map((c) => ({ ref: ref(c.id), title: c.title }))
    meta = list.meta
  } else {
    const list = parse(profilesReply, reply, `list of ${query.collection}`)
    items = list.data.map((p) => ({
      ref: ref(p.id),
      title: p.name,
      ...(p.updated_at ? { updatedAt: p.updated_at } : {}),
    }))
    meta = list.meta
  }
  const page = meta?.page ?? query.page
  const totalPages = meta?.total_pages ?? 1
  return {
    items,
    page,
    totalPages,
    total: meta?.total ?? items.length,
    hasNextPage: page < totalPages,
    hasPrevPage: page > 1,
  }
}

export async function readBlockTypes(request: Request, signal?: AbortSignal) {
  return parse(
    blockTypesReply,
    await request('/block_types', signal ? { signal } : {}),
    'block types',
  ).data
}

export async function readBlocks(
  request: Request,
  ref: RecordRef,
  signal?: AbortSignal,
): Promise<OmerloBlock[]> {
  const reply = await request(`${profilePath(ref)}/blocks`, signal ? { signal } : {})
  return parse(blocksReply, reply, 'list of blocks').data
}

export async function readEntries(
  request: Request,
  ref: RecordRef,
  blockId: string,
  signal?: AbortSignal,
): Promise<OmerloEntry[]> {
  const path = `${profilePath(ref)}/blocks/${enc(blockId)}/entries`
  return parse(entriesReply, await request(path, signal ? { signal } : {}), 'list of entries').data
}

/**
 * The editor document: every block, with the entries of the blocks `withEntries` accepts (all by
 * default). An id seen twice (an entry Omerlo holds in two blocks after an interrupted move) keeps
 * its server id the second time, so the document never holds one id twice.
 */
export async function readDocument(
  request: Request,
  ref: RecordRef,
  deps: { ids: IdMap; kindOf: KindOf; signal?: AbortSignal },
  withEntries: (serverBlockId: string) => boolean = () => true,
): Promise<{ blocks: Block[]; held: OmerloBlock[]; entries: Map<string, OmerloEntry[]> }> {
  const held = await readBlocks(request, ref, deps.signal)
  const entries = new Map<string, OmerloEntry[]>()
  await Promise.all(
    held
      .filter((b) => withEntries(b.id))
      .map(async (b) => entries.set(b.id, await readEntries(request, ref, b.id, deps.signal))),
  )
  const seen = new Set<string>()
  const blocks = held.map((b) => {
    const block = toBlock(b, entries.get(b.id) ?? [], deps.kindOf, deps.ids)
    if (seen.has(block.id)) block.id = b.id
    seen.add(block.id)
    block.children = (block.children ?? []).map((child, i) => {
      const serverId = entries.get(b.id)?.[i]?.id ?? child.id
      const id = seen.has(child.id) ? serverId : child.id
      seen.add(id)
      return { ...child, id }
    })
    return block
  })
  return { blocks, held, entries }
}
