// Titles of the records a block points at. A reference holds an id; people read titles, so each
// referenced collection the backend can list is read once (its first 100 records, cached by
// TanStack Query and shared by every card) and ids become titles. A collection that cannot be
// listed, or an id not among those read, falls back to a readable slug or a plain noun.
import { useQuery } from '@tanstack/react-query'
import type { FieldSchema } from '../../core'
import { recordsListQuery, useAdapter } from '../../sync'
import { humanize, ownName, referenceCollection, referenceId } from './values'

const LISTED = 100

/** id → title of one collection's first records; empty while loading or when not listable. */
export function useCollectionTitles(collection: string | undefined): ReadonlyMap<string, string> {
  const adapter = useAdapter()
  const listable = collection !== undefined && adapter.collections.some((c) => c.id === collection)
  const list = useQuery({
    ...recordsListQuery(adapter, { collection: collection ?? '', page: 1, limit: LISTED }),
    enabled: listable,
    staleTime: 5 * 60_000,
    select: (page) => new Map(page.items.map((r) => [r.ref.id, r.title] as const)),
  })
  return list.data ?? EMPTY
}

const EMPTY: ReadonlyMap<string, string> = new Map()

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
