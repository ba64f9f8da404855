// The Omerlo vocabulary shared by the reference backend's routes: profile kinds as they appear in
// paths, block type kinds, and the stored shape of a block with its entries.

/** Path segment → the kind stored on the profile (and named by relation block types). */
export const PROFILE_KINDS = {
  events: 'event',
  organizations: 'organization',
  people: 'person',
  projects: 'project',
} as const

export type PathKind = keyof typeof PROFILE_KINDS
export type ProfileKind = (typeof PROFILE_KINDS)[PathKind]

export const isPathKind = (value: string): value is PathKind => Object.hasOwn(PROFILE_KINDS, value)

/** `selected_contents`, or `<profile kind>_relations`. */
export type BlockTypeKind = 'selected_contents' | `${ProfileKind}_relations`

export const BLOCK_TYPE_KINDS: readonly BlockTypeKind[] = [
  'selected_contents',
  'person_relations',
  'organization_relations',
  'event_relations',
  'project_relations',
]

/** The profile kind a relation block points at; null for a content block. */
export const relatedKindOf = (kind: string): ProfileKind | null => {
  const match = /^(person|organization|event|project)_relations$/.exec(kind)
  return match ? (match[1] as ProfileKind) : null
}

export interface Localized {
  locale: string
  name: string
}

export interface StoredEntry {
  id: string
  content_id: string | null
  relation_id: string | null
  updated_at: string
}

export interface StoredBlock {
  id: string
  block_type_id: string
  layout: string | null
  localized: Localized[]
  updated_at: string
  entries: StoredEntry[]
}

export interface BlockTypeRow extends Record<string, unknown> {
  id: string
  name: string
  kind: string
}

export interface ProfileRow extends Record<string, unknown> {
  id: string
  kind: ProfileKind
  name: string
  blocks_json: string
  created_at: string
  updated_at: string
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && UUID.test(value)
