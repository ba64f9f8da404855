// The reads a review makes besides the editor's own: what is published, the list of versions and
// one version. Fresh on every opening (someone may have published meanwhile).
import { queryOptions } from '@tanstack/react-query'
import type { BackendAdapter, RecordRef } from '../../adapters/types'

const recordKey = (adapter: BackendAdapter, ref: RecordRef) =>
  [
    'backend',
    adapter.id,
    'review',
    ref.collection,
    ref.id,
    ref.device ?? '',
    ref.locale ?? '',
  ] as const

/** Everything the review read about one record, for invalidating after a publish. */
export const reviewKey = recordKey

export function publishedQuery(adapter: BackendAdapter, ref: RecordRef) {
  return queryOptions({
    queryKey: [...recordKey(adapter, ref), 'published'] as const,
    queryFn: async ({ signal }) => {
      if (!adapter.published) return null
      return adapter.published.loadPublished(ref, { signal })
    },
    staleTime: 0,
  })
}

export const VERSION_PAGE_SIZE = 50

export function versionsQuery(adapter: BackendAdapter, ref: RecordRef) {
  return queryOptions({
    queryKey: [...recordKey(adapter, ref), 'versions'] as const,
    queryFn: async ({ signal }) => {
      if (!adapter.history) return null
      return adapter.history.list(ref, { page: 1, limit: VERSION_PAGE_SIZE }, { signal })
    },
    staleTime: 0,
  })
}

export function versionQuery(adapter: BackendAdapter, ref: RecordRef, versionId: string) {
  return queryOptions({
    queryKey: [...recordKey(adapter, ref), 'version', versionId] as const,
    queryFn: async ({ signal }) => {
      if (!adapter.history) throw new Error('This backend keeps no versions')
      return adapter.history.load(ref, versionId, { signal })
    },
    // A version never changes.
    staleTime: Infinity,
  })
}
