// Titles of a collection's records by id, for showing references (a block holds an id; people
// read titles). Each collection the backend lists is read once (its first records, cached and
// shared by every card and field); a collection it cannot list gives an empty map.
import { useQuery } from '@tanstack/react-query'
import { useAdapter } from './adapter-context'
import { recordsListQuery } from './queries'

const LISTED = 100

const EMPTY: ReadonlyMap<string, string> = new Map()

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
