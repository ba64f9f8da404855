// Opens one record for editing: loads its block types and draft, creates the editor store once,
// and keeps flushing the store's queue to the backend until the editor closes.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Capabilities, RecordRef } from '../adapters/types'
import { createEditorStore } from '../store'
import type { EditorStoreApi } from '../store'
import { useAdapter } from './adapter-context'
import { createFlushScheduler } from './flush-scheduler'
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

function refKey(ref: RecordRef): string {
  return JSON.stringify([ref.collection, ref.id, ref.device ?? '', ref.locale ?? ''])
}

export function useRecordEditor(ref: RecordRef): RecordEditor {
  const adapter = useAdapter()
  const queryClient = useQueryClient()
  const schema = useQuery(blockTypesQuery(adapter, ref))
  const record = useQuery(recordQuery(adapter, ref))
  const key = refKey(ref)

  // The store is created once per record: later refetches must not replace the user's edits.
  const [entry, setEntry] = useState<{ key: string; store: EditorStoreApi } | null>(null)
  let store = entry?.key === key ? entry.store : undefined
  if (!store && schema.data && record.data) {
    store = createEditorStore({ ref, schema: schema.data, document: record.data })
    setEntry({ key, store })
  }

  const { mutateAsync } = useMutation({
    mutationKey: ['flush', ref.collection, ref.id],
    scope: { id: flushScopeId(ref) },
    mutationFn: (target: EditorStoreApi) => runFlush(adapter, target),
    // Retries and offline waits are the scheduler's: a paused mutation would block the scope.
    retry: 0,
    networkMode: 'always',
    onSuccess: (result) => {
      if (result.kind === 'saved') {
        void queryClient.invalidateQueries({ queryKey: syncKeys.lists(adapter.id) })
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
    })
    scheduler.current = current
    return () => {
      current.dispose()
      if (scheduler.current === current) scheduler.current = null
    }
  }, [store, mutateAsync])

  const flushNow = useCallback(() => scheduler.current?.flushNow(), [])
  const capabilities = adapter.capabilities

  if (store) return { state: 'ready', store, flushNow, capabilities }
  const failed = schema.error ?? record.error
  if (failed) return { state: 'error', error: failed.message, flushNow, capabilities }
  return { state: 'loading', flushNow, capabilities }
}
