// The draft of a record for the preview route: read-only, so unlike the editor's record query it
// is refreshed while open (on focus and every few seconds) to follow edits made in another tab.
import { queryOptions, useQuery } from '@tanstack/react-query'
import type { BackendAdapter, BlockDocument, RecordRef } from '../adapters/types'
import type { BlockTypeSchema } from '../core'
import { useAdapter } from './adapter-context'
import { blockTypesQuery } from './queries'

const REFRESH_MS = 5_000

const previewKey = (adapter: BackendAdapter, ref: RecordRef) =>
  ['backend', adapter.id, 'preview', ref.collection, ref.id] as const

export function draftPreviewQuery(adapter: BackendAdapter, ref: RecordRef) {
  return queryOptions({
    queryKey: previewKey(adapter, ref),
    queryFn: ({ signal }) => adapter.loadRecord(ref, { signal }),
    staleTime: 0,
    refetchInterval: REFRESH_MS,
    refetchOnWindowFocus: true,
  })
}

export interface DraftPreview {
  state: 'loading' | 'error' | 'ready'
  error?: unknown
  document?: BlockDocument
  schema?: BlockTypeSchema[]
  refetch(): void
}

export function useDraftPreview(ref: RecordRef): DraftPreview {
  const adapter = useAdapter()
  const record = useQuery(draftPreviewQuery(adapter, ref))
  const schema = useQuery(blockTypesQuery(adapter, ref))
  const refetch = () => {
    void record.refetch()
    void schema.refetch()
  }
  if (record.data && schema.data) {
    return { state: 'ready', document: record.data, schema: schema.data, refetch }
  }
  const error = record.error ?? schema.error
  if (error) return { state: 'error', error, refetch }
  return { state: 'loading', refetch }
}
