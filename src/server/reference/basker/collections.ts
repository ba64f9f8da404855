// What the Basker Partners API serves, as documented.
export const API_VERSIONS: readonly string[] = ['2025-07', '2026-02']

export const COLLECTIONS: readonly string[] = [
  'pages',
  'blogs',
  'posts',
  'events',
  'people',
  'works',
  'venues',
  'series',
  'seasons',
  'organizations',
]

export const isCollection = (name: string): boolean => COLLECTIONS.includes(name)

/** The scope under which the site-wide theme settings and their schema are stored. */
export const SITE_SCOPE = ''
