// What features may know about the backend, without the adapter itself: features reach the
// backend only through sync's hooks (ESLint forbids useAdapter in src/features).
import { useCallback } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseQueryResult } from '@tanstack/react-query'
import type {
  BackendId,
  Capabilities,
  BlockDocument,
  CollectionInfo,
  RecordRef,
} from '../adapters/types'
import { useAdapter } from './adapter-context'
import { recordQuery } from './queries'
import { syncKeys } from './query-keys'

export function useBackendId(): BackendId {
  return useAdapter().id
}

export function useBackendCapabilities(): Capabilities {
  return useAdapter().capabilities
}

/** The backend has theme settings the editor can read and write. */
export function useHasThemeSettings(): boolean {
  return useAdapter().themeSettings !== undefined
}

/** A collection the backend lists, or undefined. */
export function useBackendCollection(id: string | undefined): CollectionInfo | undefined {
  return useAdapter().collections.find((collection) => collection.id === id)
}

/** Every collection the backend lists (pickOnly ones included: they hold no blocks). */
export function useBackendCollections(): readonly CollectionInfo[] {
  return useAdapter().collections
}

/** Which of the optional parts of a backend this one has (the screens that use them show). */
export interface BackendFeatures {
  /** Reads what is published (the review compares with it). */
  published: boolean
  /** Publishes and unpublishes. */
  publishing: boolean
  /** Keeps versions to list, open and restore. */
  history: boolean
  /** Renames and copies records. */
  recordAdmin: boolean
}

export function useBackendFeatures(): BackendFeatures {
  const adapter = useAdapter()
  return {
    published: adapter.published !== undefined,
    publishing: adapter.publishing !== undefined,
    history: adapter.history !== undefined,
    recordAdmin: adapter.recordAdmin !== undefined,
  }
}

/** The record as last read from the backend (shared with the editor's own read). */
export function useLoadedRecord(ref: RecordRef): UseQueryResult<BlockDocument, Error> {
  return useQuery(recordQuery(useAdapter(), ref))
}

/** Reads everything of this backend again (a "Try again" after a failed read). */
export function useRetryBackendReads(): () => void {
  const backend = useAdapter().id
  const queryClient = useQueryClient()
  return useCallback(
    () => void queryClient.invalidateQueries({ queryKey: syncKeys.backend(backend) }),
    [backend, queryClient],
  )
}
