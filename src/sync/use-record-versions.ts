// A record's versions, what is live, and the actions on them (publish, unpublish, restore, rename,
// copy) for backends that declare them. Every action first checks that the editor has nothing
// unsaved (it sends the editor's version, which must be the backend's current one), and a
// restore puts the restored content into the open editor as its new base.
import { useCallback } from 'react'
import { queryOptions, useQueryClient } from '@tanstack/react-query'
import type { BackendAdapter, BlockDocument, RecordRef } from '../adapters/types'
import type { EditorStoreApi } from '../store'
import { useAdapter } from './adapter-context'
import { syncKeys } from './query-keys'

const HISTORY_LIMIT = 50

const versionsKey = (adapter: BackendAdapter, ref: RecordRef) =>
  [...syncKeys.record(adapter.id, ref), 'versions'] as const

export function historyListQuery(adapter: BackendAdapter, ref: RecordRef) {
  return queryOptions({
    queryKey: [...versionsKey(adapter, ref), 'list'],
    queryFn: ({ signal }) =>
      adapter.history
        ? adapter.history.list(ref, { page: 1, limit: HISTORY_LIMIT }, { signal })
        : null,
    staleTime: 0,
  })
}

export function versionQuery(adapter: BackendAdapter, ref: RecordRef, versionId: string) {
  return queryOptions({
    queryKey: [...versionsKey(adapter, ref), 'one', versionId],
    queryFn: ({ signal }): Promise<BlockDocument | null> =>
      adapter.history ? adapter.history.load(ref, versionId, { signal }) : Promise.resolve(null),
    // A stored version never changes.
    staleTime: Infinity,
  })
}

export class UnsavedChangesError extends Error {
  constructor() {
    super('Save your changes first: this acts on the saved draft.')
    this.name = 'UnsavedChangesError'
  }
}

const savedVersion = (store: EditorStoreApi): string | null => {
  const state = store.getState()
  if (state.pending.length > 0 || state.inFlight.length > 0) throw new UnsavedChangesError()
  return state.version
}

export interface RecordVersionActions {
  publish(): Promise<void>
  unpublish(): Promise<void>
  /** Restores a version as a new draft version; resolves with that version's id. */
  restore(versionId: string): Promise<string | null>
  rename(name: string): Promise<string>
  copy(name: string): Promise<RecordRef>
}

export function useRecordVersionActions(
  ref: RecordRef,
  store: EditorStoreApi,
): RecordVersionActions {
  const adapter = useAdapter()
  const queryClient = useQueryClient()
  const refresh = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: versionsKey(adapter, ref) })
    await queryClient.invalidateQueries({ queryKey: syncKeys.lists(adapter.id) })
  }, [adapter, queryClient, ref])
  const need = <T>(api: T | undefined, what: string): T => {
    if (!api) throw new Error(`This backend cannot ${what}.`)
    return api
  }

  return {
    async publish() {
      const publishing = need(adapter.publishing, 'publish')
      const version = savedVersion(store)
      const done = await publishing.publish(ref, { version })
      if (done.version !== version) await reload(adapter, ref, store)
      await refresh()
    },
    async unpublish() {
      await need(adapter.publishing, 'unpublish').unpublish(ref)
      await refresh()
    },
    async restore(versionId) {
      const history = need(adapter.history, 'restore versions')
      const version = savedVersion(store)
      const done = await history.restore(ref, versionId, { version })
      await reload(adapter, ref, store)
      await refresh()
      return done.version
    },
    async rename(name) {
      const { title } = await need(adapter.recordAdmin, 'rename').rename(ref, name)
      queryClient.setQueryData<BlockDocument>(syncKeys.record(adapter.id, ref), (old) =>
        old ? { ...old, title } : old,
      )
      await refresh()
      return title
    },
    async copy(name) {
      savedVersion(store)
      const copied = await need(adapter.recordAdmin, 'copy').copy(ref, name)
      await refresh()
      return copied
    },
  }
}

/** Makes what the backend now holds the open editor's base (nothing is pending here). */
async function reload(adapter: BackendAdapter, ref: RecordRef, store: EditorStoreApi) {
  const document = await adapter.loadRecord(ref)
  store.getState().rebaseOnto(document)
}
