// Reading from Omerlo, through documented endpoints only: lists of profiles (List events, …), one
// profile (Event by id, …), its blocks (Event blocks by id, …) and each block's entries (Event
// Block entries by ids, …). Block types come with the blocks (seen-types.ts).
import type { Block } from '../../core/types'
import type { IdMap } from '../durable-id-map'
import type { HttpRequest } from '../http'
import { AdapterError } from '../types'
import type { ListQuery, Page, RecordRef, RecordSummary } from '../types'
import { toBlock } from './mappers'
import type { ReadEntry } from './mappers'
import { PROFILE_COLLECTIONS } from './model'
import { nameOf, parseBlocks, parseEntries, parseList } from './schemas'
import type { OmerloBlock, OmerloEntry } from './schemas'
import type { SeenTypes } from './seen-types'

export type Request = (path: string, init?: HttpRequest) => Promise<unknown>

const enc = encodeURIComponent
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

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
  if (!PROFILE_COLLECTIONS.some((c) => c.id === query.collection)) {
    throw new AdapterError('not-found', `Omerlo lists no "${query.collection}".`)
  }
  const params = new URLSearchParams({ page: String(query.page), per_page: String(query.limit) })
  if (query.search) params.set('search', query.search)
  const reply = await request(`/${query.collection}?${params}`, signal ? { signal } : {})
  const list = parseList(reply, `list of ${query.collection}`)
  const items = list.items.map((p) => ({
    ref: { collection: query.collection, id: p.id },
    title: nameOf(p) ?? p.id,
    ...(p.updated_at ? { updatedAt: p.updated_at } : {}),
  }))
  const page = list.meta.page ?? query.page
  const totalPages = list.meta.total_pages ?? 1
  return {
    items,
    page,
    totalPages,
    total: list.meta.total ?? items.length,
    hasNextPage: page < totalPages,
    hasPrevPage: page > 1,
  }
}

export async function readBlocks(
  request: Request,
  ref: RecordRef,
  types: SeenTypes,
  signal?: AbortSignal,
): Promise<OmerloBlock[]> {
  const reply = await request(`${profilePath(ref)}/blocks`, signal ? { signal } : {})
  const { blocks, types: sideLoaded } = parseBlocks(reply, 'list of blocks')
  types.learn(sideLoaded, blocks)
  return blocks
}

export async function readEntries(
  request: Request,
  ref: RecordRef,
  blockId: string,
  signal?: AbortSignal,
): Promise<ReadEntry[]> {
  const path = `${profilePath(ref)}/blocks/${enc(blockId)}/entries`
  return parseEntries(await request(path, signal ? { signal } : {}), 'list of entries')
}

export interface ReadDocument {
  blocks: Block[]
  /** The blocks as read, every key kept. */
  held: OmerloBlock[]
  /** The entries as read, by the server id of their block. */
  entries: Map<string, OmerloEntry[]>
}

/**
 * The editor document: every block, with the entries of the blocks `withEntries` accepts (all by
 * default). An id seen twice (an entry Omerlo holds in two blocks after an interrupted move) keeps
 * its server id the second time, so the document never holds one id twice.
 */
export async function readDocument(
  request: Request,
  ref: RecordRef,
  deps: { ids: IdMap; types: SeenTypes; signal?: AbortSignal },
  withEntries: (serverBlockId: string) => boolean = () => true,
): Promise<ReadDocument> {
  const held = await readBlocks(request, ref, deps.types, deps.signal)
  const read = new Map<string, ReadEntry[]>()
  await Promise.all(
    held
      .filter((b) => withEntries(b.id))
      .map(async (b) => read.set(b.id, await readEntries(request, ref, b.id, deps.signal))),
  )
  for (const b of held) {
    deps.types.learnFromEntries(
      b.block_type_id,
      (read.get(b.id) ?? []).map((r) => r.entry),
    )
  }
  const kindOf = (typeId: string) => deps.types.kindOf(typeId)
  const seen = new Set<string>()
  const blocks = held.map((b) => {
    const block = toBlock(b, read.get(b.id) ?? [], kindOf, deps.ids)
    if (seen.has(block.id)) block.id = b.id
    seen.add(block.id)
    block.children = (block.children ?? []).map((child, i) => {
      const serverId = read.get(b.id)?.[i]?.entry.id ?? child.id
      const id = seen.has(child.id) ? serverId : child.id
      seen.add(id)
      return { ...child, id }
    })
    return block
  })
  const entries = new Map([...read].map(([id, list]) => [id, list.map((r) => r.entry)]))
  return { blocks, held, entries }
}
