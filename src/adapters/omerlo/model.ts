// What the editor knows about Omerlo: the collections (the four profile kinds), the entry types,
// and how an Omerlo block type becomes an editor block type: a container whose children are
// entries of one type. Omerlo documents no listing of contents, so a content entry's target is
// entered by id (checked to be a UUID; Omerlo checks that it exists).
import { capabilitiesOf } from '../../core/backend-capabilities'
import type { BlockTypeSchema, FieldSchema } from '../../core/types'
import type { Capabilities, CollectionInfo } from '../types'
import type { OmerloBlockType } from './schemas'

export const OMERLO_CAPABILITIES: Capabilities = capabilitiesOf('omerlo')

/** Collections whose records have blocks, as they appear in Omerlo's paths. */
export const PROFILE_COLLECTIONS: readonly CollectionInfo[] = [
  { id: 'events', label: 'Events' },
  { id: 'organizations', label: 'Organizations' },
  { id: 'people', label: 'People' },
  { id: 'projects', label: 'Projects' },
]

/** Block names are edited per locale, one text field each (`name_en`, …). */
export const OMERLO_LOCALES = ['en', 'fr'] as const

export const nameKey = (locale: string): string => `name_${locale}`

type ProfileKind = 'person' | 'organization' | 'event' | 'project'

interface EntryType {
  type: string
  label: string
  /** The wire key that holds the target. */
  key: 'content_id' | 'relation_id'
  /** The collection the target is picked from. */
  collection: string
  /** What a person calls one target ("a person"). */
  noun: string
}

const PROFILE_ENTRY: Record<ProfileKind, EntryType> = {
  person: {
    type: 'person_entry',
    label: 'Person',
    key: 'relation_id',
    collection: 'people',
    noun: 'person',
  },
  organization: {
    type: 'organization_entry',
    label: 'Organization',
    key: 'relation_id',
    collection: 'organizations',
    noun: 'organization',
  },
  event: {
    type: 'event_entry',
    label: 'Event',
    key: 'relation_id',
    collection: 'events',
    noun: 'event',
  },
  project: {
    type: 'project_entry',
    label: 'Project',
    key: 'relation_id',
    collection: 'projects',
    noun: 'project',
  },
}

const CONTENT_ENTRY: EntryType = {
  type: 'content_entry',
  label: 'Content',
  key: 'content_id',
  collection: 'contents',
  noun: 'content',
}

export const ENTRY_TYPES: readonly EntryType[] = [CONTENT_ENTRY, ...Object.values(PROFILE_ENTRY)]

export const entryTypeOf = (type: string): EntryType | undefined =>
  ENTRY_TYPES.find((t) => t.type === type)

/** The entry type a block of this Omerlo kind holds; undefined for an unknown kind. */
export const entryTypeForKind = (kind: string): EntryType | undefined => {
  if (kind === 'selected_contents') return CONTENT_ENTRY
  const match = /^(person|organization|event|project)_relations$/.exec(kind)
  return match ? PROFILE_ENTRY[match[1] as ProfileKind] : undefined
}

/** An entry that points at nothing yet (just added, target not chosen) stays in the editor. */
export const targetOf = (value: Record<string, unknown>, type: string): string | null => {
  const entry = entryTypeOf(type)
  const target = entry ? value[entry.key] : undefined
  return typeof target === 'string' && target !== '' ? target : null
}

const entrySchema = (entry: EntryType): BlockTypeSchema => ({
  type: entry.type,
  label: `${entry.label} entry`,
  // Entries live in blocks: the editor refuses one at the top level before anything is sent.
  childOnly: true,
  fields: [
    {
      key: entry.key,
      type: 'relationship',
      label: entry.label,
      relationTo: entry.collection,
      required: true,
    },
    // What Omerlo says the entry points at (its content's title, its profile's name), so the
    // canvas can name it. Derived by Omerlo: read-only, never sent.
    { key: 'title', type: 'text', label: 'Shown as (from Omerlo)', readOnly: true },
  ],
})

const blockFields: FieldSchema[] = [
  ...OMERLO_LOCALES.map((locale): FieldSchema => ({
    key: nameKey(locale),
    type: 'text',
    label: `Name (${locale})`,
  })),
  { key: 'layout', type: 'text', label: 'Layout' },
]

/** How a block type of this kind is called when Omerlo did not send its name. */
const KIND_LABELS: Record<string, string> = {
  selected_contents: 'Selected contents',
  person_relations: 'People',
  organization_relations: 'Organizations',
  event_relations: 'Events',
  project_relations: 'Projects',
}

export const typeLabel = (t: OmerloBlockType): string =>
  t.name ?? (t.kind ? (KIND_LABELS[t.kind] ?? t.kind) : `Block type ${t.id.slice(0, 8)}`)

/**
 * One editor type per Omerlo block type the answers named (its id is the editor type), then the
 * entry types. A type whose kind is unknown takes any entry (Omerlo checks it).
 */
export const editorBlockTypes = (types: readonly OmerloBlockType[]): BlockTypeSchema[] => [
  ...types.map((t) => {
    const holds = entryTypeForKind(t.kind ?? '')
    return {
      type: t.id,
      label: typeLabel(t),
      container: true,
      // The editor refuses an entry of another kind at the drop, before anything is sent.
      ...(holds ? { childTypes: [holds.type] } : {}),
      fields: blockFields,
    }
  }),
  ...ENTRY_TYPES.map(entrySchema),
]
