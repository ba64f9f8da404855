// Titles of the records a block points at. A reference holds an id; people read titles, so ids
// become the titles sync's useCollectionTitles read (a collection's first records, cached and
// shared by every card). A collection that cannot be listed, or an id not among those read,
// falls back to a readable slug or a plain noun.
import type { FieldSchema } from '../../core'
import { humanize, ownName, referenceCollection, referenceId } from './values'

/** The collection a reference field points into (the first one for a polymorphic field). */
export function fieldCollection(field: FieldSchema | undefined, ref?: unknown): string | undefined {
  const named = referenceCollection(ref)
  if (named) return named
  const to = field?.relationTo
  return Array.isArray(to) ? to[0] : to
}

/** A reference as a title: its own, the listing's, a readable slug, else "<noun> (untitled)". */
export function referenceTitle(
  ref: unknown,
  titles: ReadonlyMap<string, string>,
  noun: string,
): string {
  const own = ownName(ref)
  if (own) return own
  const id = referenceId(ref)
  const listed = titles.get(id)
  if (listed) return listed
  return humanize(id) || `${noun} (untitled)`
}
