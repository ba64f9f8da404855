// Opens one record for editing: loads its block types and draft and hands them to the synced-
// document engine (use-synced-document.ts), which keeps flushing the store until the editor closes.
import { sharedWritePacer } from './pacing'
import { useCallback } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { Capabilities, RecordRef } from '../adapters/types'
import type { EditorStoreApi } from '../store'
import { useAdapter } from './adapter-context'
import type { FlushNowResult, SaveMode } from './flush-scheduler'
import { outboxRecordKey } from './outbox/record-key'
import { blockTypesQuery, recordQuery } from './queries'
import { syncKeys } from './query-keys'
import { flushScopeId, useSyncedDocument } from './use-synced-document'
import { useLiveRecord } from './live/use-live-record'
import type { LiveRecord } from './live/use-live-record'
import { useLiveSaved } from './live/use-live-saved'

export { flushScopeId }

export interface RecordEditor {
  state: 'loading' | 'error' | 'ready'
  error?: string
  store?: EditorStoreApi
  /** Sends unsaved changes now (Ctrl/Cmd+S, the Save button) and resolves with the result. */
  flushNow(): Promise<FlushNowResult>
  capabilities: Capabilities
  /** Presence of the others on this record (absent where the browser has no EventSource). */
  live?: LiveRecord | undefined
}

export function useRecordEditor(ref: RecordRef, saveMode: SaveMode = 'auto'): RecordEditor {
  const adapter = useAdapter()
  const queryClient = useQueryClient()
  const schema = useQuery(blockTypesQuery(adapter, ref))
  const record = useQuery(recordQuery(adapter, ref))
  const onSaved = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: syncKeys.lists(adapter.id) })
  }, [queryClient, adapter.id])
  const recordKey = outboxRecordKey(adapter.id, ref)
  const announceLive = useLiveSaved()
  const { store, flushNow, resync } = useSyncedDocument({
    ref,
    recordKey,
    scopeId: flushScopeId(ref),
    source: adapter,
    schema: schema.data,
    document: record.data,
    onSaved,
    pacer: sharedWritePacer(adapter.id),
    saveMode,
    announceLive,
  })
  const live = useLiveRecord({ recordKey, store, resync })
  const capabilities = adapter.capabilities

  if (store) return { state: 'ready', store, flushNow, capabilities, live }
  const failed = schema.error ?? record.error
  if (failed) return { state: 'error', error: failed.message, flushNow, capabilities }
  return { state: 'loading', flushNow, capabilities }
}
