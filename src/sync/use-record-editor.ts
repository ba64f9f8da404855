// Opens one record for editing: loads its block types and draft, creates the editor store once,
// and keeps flushing the store's queue to the backend until the editor closes.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Capabilities, RecordRef } from '../adapters/types'
import { createEditorStore } from '../store'
import type { EditorStoreApi } from '../store'
import { useAdapter } from './adapter-context'
import { pageOutbox } from './outbox/outbox'
import { announceSaved } from './outbox/record-channel'
import { outboxRecordKey } from './outbox/record-key'
import { withFlushLock } from './outbox/tab-locks'
import { useOutboxClaim, useOutboxPersist } from './outbox/use-outbox'
import { useTabSync } from './outbox/use-tab-sync'
import { createFlushScheduler } from './flush-scheduler'
import { sharedWritePacer } from './pacing'
import { browserConnectivity } from './retry/connectivity'
import type { FlushScheduler } from './flush-scheduler'
import { blockTypesQuery, recordQuery } from './queries'
import { syncKeys } from './query-keys'
import { runFlush } from './run-flush'

export interface RecordEditor {
  state: 'loading' | 'error' | 'ready'
  error?: string
  store?: EditorStoreApi
  /** Sends unsaved changes now (Ctrl/Cmd+S, the Save draft button). */
  flushNow(): void
  capabilities: Capabilities
}

export function flushScopeId(ref: RecordRef): string {
  return `flush:${ref.collection}/${ref.id}`
}

const NO_CLAIMS: string[] = []

function refKey(ref: RecordRef): string {
  return JSON.stringify([ref.collection, ref.id, ref.device ?? '', ref.locale ?? ''])
}

export function useRecordEditor(ref: RecordRef): RecordEditor {
  const adapter = useAdapter()
  const queryClient = useQueryClient()
  const schema = useQuery(blockTypesQuery(adapter, ref))
  const record = useQuery(recordQuery(adapter, ref))
  const key = refKey(ref)
  const recordKey = outboxRecordKey(adapter.id, ref)
  const kept = useOutboxClaim(recordKey)

  // The store is created once per record: later refetches must not replace the user's edits.
  const [entry, setEntry] = useState<{ key: string; store: EditorStoreApi; claimed: string[] }>()
  let store = entry?.key === key ? entry.store : undefined
  if (!store && schema.data && record.data && kept.ready) {
    store = createEditorStore({ ref, schema: schema.data, document: record.data })
    // Edits an earlier session could not save, replayed onto the fresh record before it shows.
    for (const saved of kept.entries) store.getState().restorePending(saved)
    setEntry({ key, store, claimed: kept.entries.map((e) => e.id) })
  }
  useOutboxPersist(store, recordKey, entry?.claimed ?? NO_CLAIMS)
  const tabId = pageOutbox()?.tabId
  useTabSync({ adapter, store, recordKey, tabId, scopeId: flushScopeId(ref) })

  const { mutateAsync } = useMutation({
    mutationKey: ['flush', ref.collection, ref.id],
    scope: { id: flushScopeId(ref) },
    // One flusher per record across the tabs of this browser.
    mutationFn: (target: EditorStoreApi) =>
      withFlushLock(recordKey, () => runFlush(adapter, target)),
    // Retries and offline waits are the scheduler's: a paused mutation would block the scope.
    retry: 0,
    networkMode: 'always',
    onSuccess: (result, target) => {
      if (result.kind === 'saved') {
        void queryClient.invalidateQueries({ queryKey: syncKeys.lists(adapter.id) })
        if (tabId) announceSaved({ recordKey, tabId, version: target.getState().version })
      }
    },
  })

  const scheduler = useRef<FlushScheduler | null>(null)
  useEffect(() => {
    if (!store) return
    const current = createFlushScheduler({
      store,
      run: () => mutateAsync(store),
      visibility: typeof document === 'undefined' ? undefined : document,
      connectivity: browserConnectivity(),
      pacer: sharedWritePacer(adapter.id),
    })
    scheduler.current = current
    // Restored edits go out at once, as if the user had pressed Save.
    if (store.getState().pending.length > 0) current.flushNow()
    return () => {
      current.dispose()
      if (scheduler.current === current) scheduler.current = null
    }
  }, [store, mutateAsync, adapter.id])

  const flushNow = useCallback(() => scheduler.current?.flushNow(), [])
  const capabilities = adapter.capabilities

  if (store) return { state: 'ready', store, flushNow, capabilities }
  const failed = schema.error ?? record.error
  if (failed) return { state: 'error', error: failed.message, flushNow, capabilities }
  return { state: 'loading', flushNow, capabilities }
}
