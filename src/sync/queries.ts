// Query options for every read the editor makes; hooks and route loaders share them.
import { queryOptions } from '@tanstack/react-query'
import { loadRuntimeConfig } from '../adapters/config'
import type { BackendAdapter, ListQuery, RecordRef } from '../adapters/types'
import { syncKeys } from './query-keys'

export function runtimeConfigQuery() {
  return queryOptions({
    queryKey: syncKeys.config(),
    queryFn: ({ signal }) => loadRuntimeConfig({ signal }),
    staleTime: Infinity,
  })
}

export function recordsListQuery(adapter: BackendAdapter, query: ListQuery) {
  return queryOptions({
    queryKey: syncKeys.list(adapter.id, query),
    queryFn: ({ signal }) => adapter.listRecords(query, { signal }),
    staleTime: 30_000,
  })
}

/**
 * The record as the editor opens it. Once open, the editor store owns the document, so this is
 * never refetched behind its back and is dropped as soon as the editor closes.
 */
export function recordQuery(adapter: BackendAdapter, ref: RecordRef) {
  return queryOptions({
    queryKey: syncKeys.record(adapter.id, ref),
    queryFn: ({ signal }) => adapter.loadRecord(ref, { signal }),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  })
}

export function blockTypesQuery(adapter: BackendAdapter, ref: RecordRef) {
  return queryOptions({
    queryKey: syncKeys.blockTypes(adapter.id, ref),
    queryFn: ({ signal }) => adapter.loadBlockTypes(ref, { signal }),
    staleTime: 5 * 60_000,
  })
}
