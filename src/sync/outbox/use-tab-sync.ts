// Two tabs on one record: when the other tab saves, re-read the record and rebase this tab's
// unsaved edits onto it, in the same mutation scope and under the same lock as a flush.
import { useEffect } from 'react'
import { useMutation } from '@tanstack/react-query'
import type { SyncedSource } from '../synced-source'
import type { EditorStoreApi } from '../../store'
import { listenSaved } from './record-channel'
import { withFlushLock } from './tab-locks'

export interface TabSyncOptions {
  adapter: SyncedSource
  store: EditorStoreApi | undefined
  recordKey: string
  tabId: string | undefined
  scopeId: string
}

export function useTabSync(options: TabSyncOptions): void {
  const { adapter, store, recordKey, tabId, scopeId } = options
  const { mutate } = useMutation({
    mutationKey: ['tab-sync', recordKey],
    scope: { id: scopeId },
    retry: 0,
    networkMode: 'always',
    mutationFn: (target: { store: EditorStoreApi; version: string | null }) =>
      withFlushLock(recordKey, async () => {
        const state = () => target.store.getState()
        if (state().version === target.version) return
        const document = await adapter.loadRecord(state().ref)
        // A flush of this tab that ran in between may already have brought this version.
        if (state().inFlight.length === 0 && document.version !== state().version) {
          state().rebaseOnto(document)
        }
      }),
  })

  useEffect(() => {
    if (!store) return
    return listenSaved((message) => {
      if (message.recordKey !== recordKey || message.tabId === tabId) return
      mutate({ store, version: message.version })
    })
  }, [store, recordKey, tabId, mutate])
}
