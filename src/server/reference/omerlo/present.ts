// What the Omerlo reference backend answers. By default it answers as Omerlo does (vendor-facts.md):
// `{data, assocs?}` envelopes, `localized` as one object `{name, locale}`, each block's `kind` and
// the profile block types side-loaded in `assocs.profile_block_types`, entries exactly as the
// documented example `{id, content_id, relation_id}`. The "other" shapes answer what Omerlo might
// send instead where nothing public settles it (bare arrays, `localized` as an array, no assocs,
// keys the editor does not know), so the adapter cannot come to depend on one guess.
import type { Queryable } from '../../storage/db'
import type { BlockTypeRow, ProfileRow, StoredBlock, StoredEntry } from './model'
import type { OmerloRepository } from './repository'

/** `vendor`: as Omerlo answers; `other`: the other plausible shapes (test mode). */
export type OmerloShapes = 'vendor' | 'other'

/** A key Omerlo might add that the editor knows nothing of: it must come back untouched. */
export const UNKNOWN_KEY = 'x_reference_extra'

const TYPE_LOCALE = 'en'

const contentIdsOf = (block: StoredBlock) => {
  const ids = block.entries.flatMap((e) => (e.content_id ? [e.content_id] : []))
  return ids.length > 0 || block.entries.length === 0 ? { content_ids: ids } : {}
}

const profileIdsOf = (block: StoredBlock) => {
  const ids = block.entries.flatMap((e) => (e.relation_id ? [e.relation_id] : []))
  return ids.length > 0 ? { profile_ids: ids } : {}
}

export const presentBlock = (
  block: StoredBlock,
  types: readonly BlockTypeRow[],
  shapes: OmerloShapes,
) => {
  const type = types.find((t) => t.id === block.block_type_id)
  const first = block.localized[0]
  const common = {
    id: block.id,
    block_type_id: block.block_type_id,
    ...(type ? { kind: type.kind } : {}),
    layout: block.layout,
    updated_at: block.updated_at,
    ...(type?.kind === 'selected_contents' ? contentIdsOf(block) : profileIdsOf(block)),
  }
  if (shapes === 'other') {
    return { ...common, localized: block.localized, [UNKNOWN_KEY]: { kept: block.id.slice(0, 8) } }
  }
  // Omerlo sends one localized object (and none when the block has no name).
  return first ? { ...common, localized: { name: first.name, locale: first.locale } } : common
}

const presentType = (type: BlockTypeRow) => ({
  id: type.id,
  kind: type.kind,
  localized: { name: type.name, locale: TYPE_LOCALE },
  updated_at: '2026-01-01T09:00:00.000Z',
})

/** The answer to GET and PUT …/blocks. */
export const presentBlocks = (
  blocks: readonly StoredBlock[],
  types: readonly BlockTypeRow[],
  shapes: OmerloShapes,
) => {
  const data = blocks.map((b) => presentBlock(b, types, shapes))
  if (shapes === 'other') return data
  return { data, assocs: { profile_block_types: types.map(presentType) } }
}

export const presentProfile = (row: ProfileRow) => ({
  id: row.id,
  name: row.name,
  created_at: row.created_at,
  updated_at: row.updated_at,
})

/**
 * The answer to GET and PUT …/entries. What each entry points at (the content's title, the
 * profile's name) is side-loaded in `assocs` as Omerlo's reader API side-loads; the other shapes
 * put it on the entry as `title` and answer a bare array.
 */
export const presentEntries = async (
  repo: OmerloRepository,
  q: Queryable,
  entries: readonly StoredEntry[],
  shapes: OmerloShapes,
) => {
  const contents = await repo.contentTitles(
    q,
    entries.flatMap((e) => (e.content_id ? [e.content_id] : [])),
  )
  const profiles = await repo.profileNames(
    q,
    entries.flatMap((e) => (e.relation_id ? [e.relation_id] : [])),
  )
  const plain = entries.map((e) => ({
    id: e.id,
    content_id: e.content_id,
    relation_id: e.relation_id,
  }))
  if (shapes === 'other') {
    return plain.map((e) => ({
      ...e,
      title:
        (e.content_id ? contents.get(e.content_id) : undefined) ??
        (e.relation_id ? profiles.get(e.relation_id)?.name : undefined) ??
        null,
      [UNKNOWN_KEY]: { kept: e.id.slice(0, 8) },
    }))
  }
  return {
    data: plain,
    assocs: {
      contents: [...contents].map(([id, title]) => ({ id, title })),
      profiles: [...profiles].map(([id, p]) => ({ id, kind: p.kind, name: p.name })),
    },
  }
}
