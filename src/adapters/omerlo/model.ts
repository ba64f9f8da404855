// What the editor knows about Omerlo: the collections (the four profile kinds, plus contents,
// listed only so entry pickers can offer them), the entry types, and how an Omerlo block type
// becomes an editor block type: a container whose children are entries of one type.
import { capabilitiesOf } from '../../core/backend-capabilities'
import type { BlockTypeSchema, FieldSchema } from '../../core/types'
import type { Capabilities, CollectionInfo } from '../types'

export const OMERLO_CAPABILITIES: Capabilities = capabilitiesOf('omerlo')

/** Collections whose records have blocks, as they appear in Omerlo's paths. */
export const PROFILE_COLLECTIONS: readonly CollectionInfo[] = [
  { id: 'events', label: 'Events' },
  { id: 'organizations', label: 'Organizations' },
  { id: 'people', label: 'People' },
  { id: 'projects', label: 'Projects' },
]

export const CONTENTS: CollectionInfo = { id: 'contents', label: 'Contents', pickOnly: true }

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
    // canvas can name it. Never sent: Omerlo fills it in again after every entries PUT.
    { key: 'title', type: 'text', label: 'Shown as (from Omerlo, not saved)' },
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

export interface OmerloBlockType {
  id: string
  name: string
  kind: string
}

/** One editor type per Omerlo block type (its id is the editor type), then the entry types. */
export const editorBlockTypes = (types: readonly OmerloBlockType[]): BlockTypeSchema[] => [
  ...types.map((t) => {
    const holds = entryTypeForKind(t.kind)
    return {
      type: t.id,
      label: t.name,
      container: true,
      // The editor refuses an entry of another kind at the drop, before anything is sent.
      ...(holds ? { childTypes: [holds.type] } : {}),
      fields: blockFields,
    }
  }),
  ...ENTRY_TYPES.map(entrySchema),
]
