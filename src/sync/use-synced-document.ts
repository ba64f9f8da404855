// The synced-document engine, once for every kind of document the editor saves (a record's
// blocks, a scope's theme settings): the store (base, pending, in flight, conflicts, status) is
// created once per document, restored from the outbox and kept there, flushed by the scheduler
// (idle autosave, backoff, offline) through one mutation scope and one cross-tab lock, and
// re-based when another tab saves.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import type { BlockDocument, RecordRef } from '../adapters/types'
import type { BlockTypeSchema } from '../core'
import { createEditorStore } from '../store'
import type { EditorStoreApi } from '../store'
import { createFlushScheduler } from './flush-scheduler'
import type { FlushNowResult, FlushScheduler, SaveMode } from './flush-scheduler'
import { pageOutbox } from './outbox/outbox'
import { announceSaved } from './outbox/record-channel'
import { withFlushLock } from './outbox/tab-locks'
import { useOutboxClaim, useOutboxPersist } from './outbox/use-outbox'
import { useTabSync } from './outbox/use-tab-sync'
import type { Resync } from './outbox/use-tab-sync'
import type { SavedMessage } from './outbox/record-channel'
import type { WritePacer } from './pacing'
import { browserConnectivity } from './retry/connectivity'
import { runFlush } from './run-flush'
import type { FlushResult } from './run-flush'
import type { SyncedSource } from './synced-source'

export interface SyncedDocumentOptions {
  ref: RecordRef
  /** The document's name in the outbox and the cross-tab lock (outboxRecordKey). */
  recordKey: string
  /** One mutation scope per document: its flushes never overlap. */
  scopeId: string
  source: SyncedSource
  schema: BlockTypeSchema[] | undefined
  document: BlockDocument | undefined
  onSaved?: (store: EditorStoreApi) => void
  /** Spaces saves under the backend's write limit (shared by every document of one backend). */
  pacer?: WritePacer | undefined
  /** 'manual': nothing is sent until flushNow (the user's choice where saves go live). */
  saveMode?: SaveMode | undefined
  /** Tells the live server a save landed (records only), besides this browser's other tabs. */
  announceLive?: ((message: SavedMessage) => void) | undefined
}

export interface SyncedDocument {
  store: EditorStoreApi | undefined
  /** Sends what is unsaved now (Ctrl/Cmd+S, Save) and resolves with what happened. */
  flushNow(): Promise<FlushNowResult>
  /** Re-reads the document and rebases onto it, in the flush's scope (another tab saved). */
  resync: Resync
}

const NO_CLAIMS: string[] = []

/** One mutation scope per document, so its flushes (and re-reads after another tab) never overlap. */
export function flushScopeId(ref: RecordRef): string {
  return `flush:${ref.collection}/${ref.id}`
}

export function useSyncedDocument(options: SyncedDocumentOptions): SyncedDocument {
  const { ref, recordKey, scopeId, source, schema, document: loaded, onSaved, pacer } = options
  const { announceLive } = options
  const saveMode = options.saveMode ?? 'auto'
  const kept = useOutboxClaim(recordKey)

  // Created once per document: later refetches must not replace the user's edits.
  const [entry, setEntry] = useState<{ key: string; store: EditorStoreApi; claimed: string[] }>()
  let store = entry?.key === recordKey ? entry.store : undefined
  if (!store && schema && loaded && kept.ready) {
    store = createEditorStore({ ref, schema, document: loaded })
    // Edits an earlier session could not save, replayed onto the fresh read before it shows.
    for (const saved of kept.entries) store.getState().restorePending(saved)
    setEntry({ key: recordKey, store, claimed: kept.entries.map((e) => e.id) })
  }
  useOutboxPersist(store, recordKey, entry?.claimed ?? NO_CLAIMS)
  const tabId = pageOutbox()?.tabId
  const resync = useTabSync({ adapter: source, store, recordKey, tabId, scopeId })

  const { mutateAsync } = useMutation({
    mutationKey: ['flush', recordKey],
    scope: { id: scopeId },
    // One flusher per document across the tabs of this browser.
    mutationFn: (target: EditorStoreApi): Promise<FlushResult> =>
      withFlushLock(recordKey, () => runFlush(source, target)),
    // Retries and offline waits are the scheduler's: a paused mutation would block the scope.
    retry: 0,
    networkMode: 'always',
    onSuccess: (result, target) => {
      if (result.kind !== 'saved') return
      // The others first: each re-reads the record on hearing it, so every moment counts.
      const version = target.getState().version
      if (tabId) announceSaved({ recordKey, tabId, version })
      announceLive?.({ recordKey, tabId: tabId ?? '', version })
      onSaved?.(target)
    },
  })

  const scheduler = useRef<FlushScheduler | null>(null)
  // Read when the scheduler is made; later changes go through setMode, not a new scheduler.
  const modeRef = useRef(saveMode)
  useEffect(() => {
    modeRef.current = saveMode
    scheduler.current?.setMode(saveMode)
  }, [saveMode])
  useEffect(() => {
    if (!store) return
    const current = createFlushScheduler({
      store,
      run: () => mutateAsync(store),
      visibility: typeof document === 'undefined' ? undefined : document,
      connectivity: browserConnectivity(),
      pacer,
      mode: modeRef.current,
    })
    scheduler.current = current
    // Restored edits go out at once, as if the user had pressed Save (unless saving on demand).
    if (modeRef.current === 'auto' && store.getState().pending.length > 0) void current.flushNow()
    return () => {
      current.dispose()
      if (scheduler.current === current) scheduler.current = null
    }
  }, [store, mutateAsync, pacer])

  const flushNow = useCallback(
    (): Promise<FlushNowResult> =>
      scheduler.current?.flushNow() ?? Promise.resolve({ kind: 'disposed' }),
    [],
  )
  return { store, flushNow, resync }
}
