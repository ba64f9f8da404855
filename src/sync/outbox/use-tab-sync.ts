// Another tab saved the record (this browser's BroadcastChannel, or the live stream for a tab
// anywhere): re-read the record and rebase this tab's unsaved edits onto it, in the same mutation
// scope and under the same lock as a flush. The light re-read for changes made outside the
// editor (src/sync/live) runs the same mutation.
import { useCallback, useEffect } from 'react'
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

/**
 * Re-reads the record and rebases onto it. `version`: the version someone saved (nothing is read
 * when this tab already has it); undefined: read whatever is there (a light re-read).
 */
export type Resync = (store: EditorStoreApi, version?: string | null) => Promise<void>

export function useTabSync(options: TabSyncOptions): Resync {
  const { adapter, store, recordKey, tabId, scopeId } = options
  const { mutateAsync } = useMutation({
    mutationKey: ['tab-sync', recordKey],
    scope: { id: scopeId },
    retry: 0,
    networkMode: 'always',
    mutationFn: (target: { store: EditorStoreApi; version: string | null | undefined }) =>
      withFlushLock(recordKey, async () => {
        const state = () => target.store.getState()
        if (target.version !== undefined && state().version === target.version) return
        const document = await adapter.loadRecord(state().ref)
        // A flush of this tab that ran in between may already have brought this version.
        if (state().inFlight.length === 0 && document.version !== state().version) {
          state().rebaseOnto(document)
        }
      }),
  })
  const resync = useCallback<Resync>(
    (target, version) => mutateAsync({ store: target, version }),
    [mutateAsync],
  )

  useEffect(() => {
    if (!store) return
    return listenSaved((message) => {
      if (message.recordKey !== recordKey || message.tabId === tabId) return
      resync(store, message.version).catch(() => undefined)
    })
  }, [store, recordKey, tabId, resync])
  return resync
}
