// The demo tenant's people, events and other records that pages link to.
import type { FieldValues } from '../../../../core/types'

export interface SeedRecord {
  collection: string
  id: string
  title: string
  slug: string
  fields: FieldValues
}

const person = (id: string, title: string, role: string, bio: string): SeedRecord => ({
  collection: 'people',
  id: `person-${id}`,
  title,
  slug: id,
  fields: { role, bio_html: `<p>${bio}</p>` },
})

const event = (
  id: string,
  title: string,
  startDate: string,
  venue: string,
  summary: string,
): SeedRecord => ({
  collection: 'events',
  id: `event-${id}`,
  title,
  slug: id,
  fields: { startDate, venue, summary },
})

export const PEOPLE: SeedRecord[] = [
  person(
    'amara-okafor',
    'Amara Okafor',
    'Artistic Director',
    'Amara has led the centre since 2019 and directs one new production each season.',
  ),
  person(
    'jonas-lindqvist',
    'Jonas Lindqvist',
    'Principal Conductor',
    'Jonas conducts the Harbour Sinfonia and curates the Sunday matinée series.',
  ),
  person(
    'mei-tanaka',
    'Mei Tanaka',
    'Choreographer',
    'Mei creates dance works for large ensembles and site-specific spaces.',
  ),
  person(
    'rafael-duarte',
    'Rafael Duarte',
    'Visiting Playwright',
    'Rafael writes for young audiences; his plays tour schools across the region.',
  ),
  person(
    'ingrid-haugen',
    'Ingrid Haugen',
    'Head of Learning',
    'Ingrid runs workshops, school partnerships and the youth company.',
  ),
  person(
    'samuel-adeyemi',
    'Samuel Adeyemi',
    'Critic, The Coastal Review',
    'Samuel has reviewed theatre and music on the coast for twenty years.',
  ),
]

export const EVENTS: SeedRecord[] = [
  event(
    'spring-gala',
    'Spring Gala',
    '2026-04-18T19:00:00.000Z',
    'Main Hall',
    'An evening of music and dance to open the season.',
  ),
  event(
    'midsummer-night',
    "A Midsummer Night's Dream",
    '2026-06-20T18:30:00.000Z',
    'Garden Stage',
    'Shakespeare under the open sky, with live music.',
  ),
  event(
    'sinfonia-brahms',
    'Harbour Sinfonia: Brahms 4',
    '2026-05-09T19:30:00.000Z',
    'Main Hall',
    'Jonas Lindqvist conducts Brahms and a new commission.',
  ),
  event(
    'family-workshop',
    'Family Workshop: Make a Puppet',
    '2026-05-16T10:00:00.000Z',
    'Studio 2',
    'Build a puppet and put on a show in an afternoon.',
  ),
  event(
    'new-dance',
    'New Dance Platform',
    '2026-03-14T19:00:00.000Z',
    'Studio 1',
    'Four short works by emerging choreographers.',
  ),
  event(
    'winter-tales',
    'Winter Tales',
    '2025-12-12T17:00:00.000Z',
    'Main Hall',
    'Stories and carols by candlelight (last season).',
  ),
]

export const OTHER_RECORDS: SeedRecord[] = [
  {
    collection: 'venues',
    id: 'venue-main-hall',
    title: 'Main Hall',
    slug: 'main-hall',
    fields: { capacity: 900 },
  },
  {
    collection: 'venues',
    id: 'venue-garden-stage',
    title: 'Garden Stage',
    slug: 'garden-stage',
    fields: { capacity: 400 },
  },
  { collection: 'blogs', id: 'blog-backstage', title: 'Backstage', slug: 'backstage', fields: {} },
  {
    collection: 'posts',
    id: 'post-season-announced',
    title: 'The 2026 season is announced',
    slug: 'season-announced',
    fields: { blog: 'blog-backstage' },
  },
  {
    collection: 'posts',
    id: 'post-meet-the-sinfonia',
    title: 'Meet the Harbour Sinfonia',
    slug: 'meet-the-sinfonia',
    fields: { blog: 'blog-backstage' },
  },
  {
    collection: 'works',
    id: 'work-tidewater',
    title: 'Tidewater',
    slug: 'tidewater',
    fields: { composer: 'Lena Moreau' },
  },
  {
    collection: 'series',
    id: 'series-sunday-matinees',
    title: 'Sunday Matinées',
    slug: 'sunday-matinees',
    fields: {},
  },
  { collection: 'seasons', id: 'season-2026', title: 'Season 2026', slug: '2026', fields: {} },
  {
    collection: 'organizations',
    id: 'org-coastal-trust',
    title: 'Coastal Arts Trust',
    slug: 'coastal-arts-trust',
    fields: { role: 'Funder' },
  },
]
