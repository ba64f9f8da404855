// What the Omerlo reference backend answers: `{data}` envelopes around blocks (with their block
// type embedded), entries (with a read-only `title` of what they point at) and profiles.
import type { Queryable } from '../../storage/db'
import type { BlockTypeRow, ProfileRow, StoredBlock, StoredEntry } from './model'
import type { OmerloRepository } from './repository'

export const presentBlock = (block: StoredBlock, types: readonly BlockTypeRow[]) => {
  const type = types.find((t) => t.id === block.block_type_id)
  return {
    id: block.id,
    block_type_id: block.block_type_id,
    block_type: type ? { id: type.id, name: type.name, kind: type.kind } : null,
    layout: block.layout,
    localized: block.localized,
    updated_at: block.updated_at,
  }
}

export const presentProfile = (row: ProfileRow) => ({
  id: row.id,
  name: row.name,
  created_at: row.created_at,
  updated_at: row.updated_at,
})

/** Entries with the title of the content or the name of the profile each points at. */
export const presentEntries = async (
  repo: OmerloRepository,
  q: Queryable,
  entries: readonly StoredEntry[],
) => {
  const contents = await repo.contentTitles(
    q,
    entries.flatMap((e) => (e.content_id ? [e.content_id] : [])),
  )
  const profiles = await repo.profileNames(
    q,
    entries.flatMap((e) => (e.relation_id ? [e.relation_id] : [])),
  )
  return entries.map((e) => ({
    id: e.id,
    content_id: e.content_id,
    relation_id: e.relation_id,
    title:
      (e.content_id ? contents.get(e.content_id) : undefined) ??
      (e.relation_id ? profiles.get(e.relation_id)?.name : undefined) ??
      null,
  }))
}
