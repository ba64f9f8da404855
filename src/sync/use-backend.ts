// What features may know about the backend, without the adapter itself: features reach the
// backend only through sync's hooks (ESLint forbids useAdapter in src/features).
import { useQuery } from '@tanstack/react-query'
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

/** The record as last read from the backend (shared with the editor's own read). */
export function useLoadedRecord(ref: RecordRef): UseQueryResult<BlockDocument, Error> {
  return useQuery(recordQuery(useAdapter(), ref))
}
