import { capabilitiesOf } from '../../core/backend-capabilities'
import type { Capabilities, CollectionInfo } from '../types'

/** The collections whose records carry blocks (Basker's "Edit content blocks" page). */
export const BASKER_COLLECTIONS: readonly CollectionInfo[] = [
  { id: 'pages', label: 'Pages' },
  { id: 'blogs', label: 'Blogs' },
  { id: 'posts', label: 'Posts' },
  { id: 'events', label: 'Events' },
  { id: 'people', label: 'People' },
  { id: 'works', label: 'Works' },
  { id: 'venues', label: 'Venues' },
  { id: 'series', label: 'Series' },
  { id: 'seasons', label: 'Seasons' },
  { id: 'organizations', label: 'Organizations' },
]

export const BASKER_CAPABILITIES: Capabilities = capabilitiesOf('basker')
