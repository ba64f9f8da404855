// The demo content of the Omerlo reference backend, with fixed UUIDs so tests can name records:
// contents to point at, one block type of each kind, a few profiles of each kind, and blocks of
// both kinds (Content and Relation) on several of them.
import type { BlockTypeKind, PathKind } from '../model'

/** A fixed UUID: an 8-hex prefix naming what it is, then a counter. */
export const seedId = (prefix: string, n: number): string =>
  `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`

export const CONTENT_PREFIX = 'c0000000'
export const TYPE_PREFIX = 'b7000000'

export const DEMO_CONTENTS: readonly string[] = [
  'Welcome to the festival',
  'Programme highlights',
  'Getting there',
  'Call for volunteers',
  'Press release',
  'Photo gallery',
]

export const DEMO_BLOCK_TYPES: readonly { name: string; kind: BlockTypeKind }[] = [
  { name: 'Selected contents', kind: 'selected_contents' },
  { name: 'People', kind: 'person_relations' },
  { name: 'Organizations', kind: 'organization_relations' },
  { name: 'Events', kind: 'event_relations' },
  { name: 'Projects', kind: 'project_relations' },
]

/** What an entry points at: a content by title, or a profile by kind and name. */
export type SeedTarget = { content: string } | { profile: PathKind; name: string }

export interface SeedBlock {
  /** Index into DEMO_BLOCK_TYPES. */
  type: number
  en: string
  fr: string
  layout: string
  entries: SeedTarget[]
}

export interface SeedProfile {
  kind: PathKind
  name: string
  blocks: SeedBlock[]
}

const content = (title: string): SeedTarget => ({ content: title })
const person = (name: string): SeedTarget => ({ profile: 'people', name })
const organization = (name: string): SeedTarget => ({ profile: 'organizations', name })

export const DEMO_PROFILES: readonly SeedProfile[] = [
  {
    kind: 'events',
    name: 'Spring Festival 2026',
    blocks: [
      {
        type: 0,
        en: 'Featured',
        fr: 'À la une',
        layout: 'grid',
        entries: [content('Welcome to the festival'), content('Programme highlights')],
      },
      {
        type: 1,
        en: 'Speakers',
        fr: 'Intervenants',
        layout: 'list',
        entries: [person('Ada Lovelace'), person('Grace Hopper')],
      },
      {
        type: 0,
        en: 'More to read',
        fr: 'À lire aussi',
        layout: 'list',
        entries: [content('Getting there')],
      },
      {
        type: 2,
        en: 'Partners',
        fr: 'Partenaires',
        layout: 'carousel',
        entries: [organization('Omerlo Labs')],
      },
    ],
  },
  { kind: 'events', name: 'Open Data Day', blocks: [] },
  { kind: 'events', name: 'Summer Concert', blocks: [] },
  {
    kind: 'organizations',
    name: 'Omerlo Labs',
    blocks: [
      {
        type: 0,
        en: 'News',
        fr: 'Actualités',
        layout: 'list',
        entries: [content('Press release')],
      },
      { type: 1, en: 'Team', fr: 'Équipe', layout: 'grid', entries: [person('Alan Turing')] },
    ],
  },
  { kind: 'organizations', name: 'City Arts Council', blocks: [] },
  { kind: 'organizations', name: 'Riverside Library', blocks: [] },
  {
    kind: 'people',
    name: 'Ada Lovelace',
    blocks: [
      {
        type: 0,
        en: 'Articles',
        fr: 'Articles',
        layout: 'list',
        entries: [content('Photo gallery')],
      },
    ],
  },
  { kind: 'people', name: 'Grace Hopper', blocks: [] },
  { kind: 'people', name: 'Alan Turing', blocks: [] },
  {
    kind: 'projects',
    name: 'Community Garden',
    blocks: [
      {
        type: 2,
        en: 'Supporters',
        fr: 'Soutiens',
        layout: 'grid',
        entries: [organization('City Arts Council'), organization('Riverside Library')],
      },
    ],
  },
  { kind: 'projects', name: 'Digital Archive', blocks: [] },
]

/** Profile id prefixes by kind, so an id says what it is. */
export const PROFILE_PREFIX: Record<PathKind, string> = {
  events: 'e0000000',
  organizations: '0a000000',
  people: 'fe000000',
  projects: 'f0000000',
}
