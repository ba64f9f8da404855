// Pure translations between Omerlo's wire shapes and editor blocks: a block becomes a container
// whose value is its names per locale and its layout, and whose children are its entries; back
// again, the bodies of the blocks PUT, the PATCH and the entries PUT.
import type { Block } from '../../core/types'
import type { IdMap } from './id-map'
import { entryTypeForKind, entryTypeOf, nameKey, OMERLO_LOCALES, targetOf } from './model'
import type { OmerloBlock, OmerloEntry } from './schemas'

export type KindOf = (blockTypeId: string) => string | undefined

const entryTypeFor = (kind: string | undefined, entry: OmerloEntry) =>
  entryTypeForKind(kind ?? '') ?? entryTypeForKind(entry.content_id ? 'selected_contents' : '')

export function toEntry(entry: OmerloEntry, kind: string | undefined, ids: IdMap): Block {
  const type = entryTypeFor(kind, entry)
  const key = type?.key ?? 'content_id'
  return {
    id: ids.client(entry.id),
    type: type?.type ?? 'content_entry',
    value: {
      [key]: entry[key] ?? null,
      // Not a field: what the entry points at, so the editor can name it.
      ...(entry.title ? { title: entry.title } : {}),
    },
  }
}

export function toBlock(
  block: OmerloBlock,
  entries: readonly OmerloEntry[],
  kindOf: KindOf,
  ids: IdMap,
): Block {
  const value: Record<string, unknown> = {}
  for (const locale of OMERLO_LOCALES) {
    value[nameKey(locale)] = block.localized?.find((l) => l.locale === locale)?.name ?? ''
  }
  value.layout = block.layout ?? ''
  const kind = block.block_type?.kind ?? kindOf(block.block_type_id)
  return {
    id: ids.client(block.id),
    type: block.block_type_id,
    value,
    children: entries.map((entry) => toEntry(entry, kind, ids)),
  }
}

const layoutOf = (value: Record<string, unknown>): string | null =>
  typeof value.layout === 'string' && value.layout !== '' ? value.layout : null

const localizedOf = (value: Record<string, unknown>) =>
  OMERLO_LOCALES.map((locale) => ({ locale, name: String(value[nameKey(locale)] ?? '') }))

/**
 * The blocks PUT: the whole ordered list. A block Omerlo holds is sent as Omerlo holds it (id,
 * type, layout, names), so the PUT only orders, adds and removes; a new block has no id yet.
 */
export function blocksPutBody(
  blocks: readonly Block[],
  held: ReadonlyMap<string, OmerloBlock>,
  ids: IdMap,
): Record<string, unknown>[] {
  return blocks.map((block) => {
    const current = held.get(ids.server(block.id))
    if (current) {
      return {
        id: current.id,
        block_type_id: current.block_type_id,
        layout: current.layout ?? null,
        localized: current.localized ?? [],
      }
    }
    return {
      block_type_id: block.type,
      layout: layoutOf(block.value),
      localized: localizedOf(block.value),
    }
  })
}

/** The PATCH of a block's own fields: only what changed; null when nothing did. */
export function patchBody(before: Block, after: Block): Record<string, unknown> | null {
  const body: Record<string, unknown> = {}
  if (layoutOf(before.value) !== layoutOf(after.value)) body.layout = layoutOf(after.value)
  const names = localizedOf(after.value).filter(
    (l) => String(before.value[nameKey(l.locale)] ?? '') !== l.name,
  )
  if (names.length > 0) body.localized = names
  return Object.keys(body).length > 0 ? body : null
}

/** Entries that point at something; one just added without a target stays in the editor. */
export const savedEntries = (block: Block): Block[] =>
  (block.children ?? []).filter((entry) => targetOf(entry.value, entry.type) !== null)

/**
 * The entries PUT: exactly the resulting array. An entry keeps its id when Omerlo holds it in
 * this block; otherwise (new, or moved here from another block) it is sent without one.
 */
export function entriesPutBody(
  block: Block,
  heldIds: ReadonlySet<string>,
  ids: IdMap,
): Record<string, unknown>[] {
  return savedEntries(block).map((entry) => {
    const serverId = ids.server(entry.id)
    const key = entryTypeOf(entry.type)?.key ?? 'content_id'
    const target = targetOf(entry.value, entry.type)
    return {
      ...(heldIds.has(serverId) ? { id: serverId } : {}),
      content_id: key === 'content_id' ? target : null,
      relation_id: key === 'relation_id' ? target : null,
    }
  })
}

/** What an entries array says, to compare two of them: ids and targets in order. */
export const entriesSignature = (block: Block | undefined, ids: IdMap): string =>
  JSON.stringify(
    (block ? savedEntries(block) : []).map((e) => [ids.server(e.id), targetOf(e.value, e.type)]),
  )
