// Pure translations between Omerlo's wire shapes and editor blocks: a block becomes a container
// whose value is its names per locale and its layout, and whose children are its entries; back
// again, the bodies of the blocks PUT, the PATCHes and the entries PUT. Every key of a block or
// entry as read is sent back untouched; only what the editor changed differs.
import type { Block } from '../../core/types'
import type { IdMap } from '../durable-id-map'
import { entryTypeForKind, entryTypeOf, nameKey, OMERLO_LOCALES, targetOf } from './model'
import { namesOf } from './schemas'
import type { OmerloBlock, OmerloEntry } from './schemas'

export type KindOf = (blockTypeId: string) => string | undefined

/** An entry as read, with what Omerlo says it points at (null: it did not say). */
export interface ReadEntry {
  entry: OmerloEntry
  label: string | null
}

/** Keys Omerlo derives on an entry: shown, never sent back. */
const DERIVED_ENTRY_KEYS = ['title']

const entryTypeFor = (kind: string | undefined, entry: OmerloEntry) =>
  entryTypeForKind(kind ?? '') ?? entryTypeForKind(entry.content_id ? 'selected_contents' : '')

export function toEntry({ entry, label }: ReadEntry, kind: string | undefined, ids: IdMap): Block {
  const type = entryTypeFor(kind, entry)
  const key = type?.key ?? (entry.relation_id ? 'relation_id' : 'content_id')
  return {
    id: ids.client(entry.id),
    type: type?.type ?? 'content_entry',
    value: {
      [key]: entry[key] ?? null,
      // Derived by Omerlo (read-only): what the entry points at, so the editor can name it.
      ...(label ? { title: label } : {}),
    },
  }
}

/** The names by locale (`localized` as an object has one locale; without one, the first). */
export const blockNames = (block: OmerloBlock): Map<string, string> =>
  namesOf(block.localized, OMERLO_LOCALES[0])

export function toBlock(
  block: OmerloBlock,
  entries: readonly ReadEntry[],
  kindOf: KindOf,
  ids: IdMap,
): Block {
  const names = blockNames(block)
  const value: Record<string, unknown> = {}
  for (const locale of OMERLO_LOCALES) value[nameKey(locale)] = names.get(locale) ?? ''
  value.layout = block.layout ?? ''
  const kind = block.kind ?? block.block_type?.kind ?? kindOf(block.block_type_id)
  return {
    id: ids.client(block.id),
    type: block.block_type_id,
    value,
    children: entries.map((entry) => toEntry(entry, kind ?? undefined, ids)),
  }
}

const layoutOf = (value: Record<string, unknown>): string | null =>
  typeof value.layout === 'string' && value.layout !== '' ? value.layout : null

const localizedOf = (value: Record<string, unknown>) =>
  OMERLO_LOCALES.map((locale) => ({ locale, name: String(value[nameKey(locale)] ?? '') }))

/** Whether Omerlo sent `localized` as an array (else an object, as Omerlo does). */
export type LocalizedShape = 'object' | 'array'

export const localizedShapeOf = (blocks: readonly OmerloBlock[]): LocalizedShape =>
  blocks.some((b) => Array.isArray(b.localized)) ? 'array' : 'object'

/** A new block's names in the shape Omerlo uses: one object holds one locale (the first named). */
function newLocalized(value: Record<string, unknown>, shape: LocalizedShape) {
  const named = localizedOf(value).filter((l) => l.name !== '')
  if (shape === 'array') return named
  const first = named[0]
  return first ? { name: first.name, locale: first.locale } : undefined
}

/**
 * The blocks PUT: the whole ordered list. A block Omerlo holds is sent exactly as it was read
 * (every key, known or not), so the PUT only orders, adds and removes; a new block has no id yet.
 */
export function blocksPutBody(
  blocks: readonly Block[],
  held: ReadonlyMap<string, OmerloBlock>,
  ids: IdMap,
  shape: LocalizedShape,
): Record<string, unknown>[] {
  return blocks.map((block) => {
    const current = held.get(ids.server(block.id))
    if (current) return { ...current }
    const localized = newLocalized(block.value, shape)
    return {
      block_type_id: block.type,
      layout: layoutOf(block.value),
      ...(localized ? { localized } : {}),
    }
  })
}

/** Whether the block's own fields changed (names, layout). */
export function fieldsChanged(before: Block, after: Block): boolean {
  if (layoutOf(before.value) !== layoutOf(after.value)) return true
  return OMERLO_LOCALES.some(
    (l) => String(before.value[nameKey(l)] ?? '') !== String(after.value[nameKey(l)] ?? ''),
  )
}

/**
 * The PATCHes of a block's own fields: only what changed, `localized` in the shape the block was
 * read in. As an object it holds one locale, so each changed locale is a PATCH of its own.
 */
export function patchBodies(
  before: Block,
  after: Block,
  shape: LocalizedShape,
): Record<string, unknown>[] {
  const names = localizedOf(after.value).filter(
    (l) => String(before.value[nameKey(l.locale)] ?? '') !== l.name,
  )
  const bodies: Record<string, unknown>[] =
    shape === 'array'
      ? names.length > 0
        ? [{ localized: names }]
        : []
      : names.map((l) => ({ localized: { name: l.name, locale: l.locale } }))
  if (layoutOf(before.value) !== layoutOf(after.value)) {
    const layout = layoutOf(after.value)
    if (bodies[0]) bodies[0] = { layout, ...bodies[0] }
    else bodies.push({ layout })
  }
  return bodies
}

/** Entries that point at something; one just added without a target stays in the editor. */
export const savedEntries = (block: Block): Block[] =>
  (block.children ?? []).filter((entry) => targetOf(entry.value, entry.type) !== null)

/**
 * The entries PUT: exactly the resulting array. An entry Omerlo holds in this block keeps its id
 * and every key it was read with (but what Omerlo derives); a new one, or one moved here from
 * another block, is sent without an id.
 */
export function entriesPutBody(
  block: Block,
  held: ReadonlyMap<string, OmerloEntry>,
  ids: IdMap,
): Record<string, unknown>[] {
  return savedEntries(block).map((entry) => {
    const serverId = ids.server(entry.id)
    const key = entryTypeOf(entry.type)?.key ?? 'content_id'
    const target = targetOf(entry.value, entry.type)
    const read = held.get(serverId)
    const kept: Record<string, unknown> = { ...read }
    for (const derived of DERIVED_ENTRY_KEYS) delete kept[derived]
    return {
      ...kept,
      ...(read ? { id: serverId } : {}),
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
