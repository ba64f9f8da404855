// A record's versions, what is live, and the actions on them (publish, unpublish, restore, rename,
// copy) for backends that declare them. Every action on the saved draft first saves everything
// (it sends the editor's version, which must be the backend's current one), and a restore puts
// the restored content into the open editor as its new base.
import { useCallback } from 'react'
import { queryOptions, useQueryClient } from '@tanstack/react-query'
import type { BackendAdapter, BlockDocument, RecordRef } from '../adapters/types'
import type { EditorStoreApi } from '../store'
import { useAdapter } from './adapter-context'
import type { FlushNowResult } from './flush-scheduler'
import { syncKeys } from './query-keys'
import { saveEverything } from './save-everything'

/** The prefix of the review's own reads of a record (features/review/review-queries.ts). */
const reviewKeyPrefix = (backend: string, ref: RecordRef) =>
  [
    'backend',
    backend,
    'review',
    ref.collection,
    ref.id,
    ref.device ?? '',
    ref.locale ?? '',
  ] as const

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

export interface RecordVersionActions {
  publish(): Promise<void>
  unpublish(): Promise<void>
  /** Restores a version as a new draft version; resolves with that version's id. */
  restore(versionId: string): Promise<string | null>
  rename(name: string): Promise<string>
  copy(name: string): Promise<RecordRef>
}

/**
 * The actions on a record's versions. Each that acts on the saved draft first saves everything
 * through the engine's awaitable flushNow (saveEverything): the one publishing path.
 */
export function useRecordVersionActions(
  ref: RecordRef,
  store: EditorStoreApi,
  flushNow: () => Promise<FlushNowResult>,
): RecordVersionActions {
  const adapter = useAdapter()
  const queryClient = useQueryClient()
  const refresh = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: versionsKey(adapter, ref) })
    await queryClient.invalidateQueries({ queryKey: syncKeys.lists(adapter.id) })
    // What the review read (published version, version list) is stale too.
    await queryClient.invalidateQueries({ queryKey: reviewKeyPrefix(adapter.id, ref) })
  }, [adapter, queryClient, ref])
  const savedVersion = () => saveEverything(store, flushNow)
  const need = <T>(api: T | undefined, what: string): T => {
    if (!api) throw new Error(`This backend cannot ${what}.`)
    return api
  }

  return {
    async publish() {
      const publishing = need(adapter.publishing, 'publish')
      const version = await savedVersion()
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
      const version = await savedVersion()
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
      await savedVersion()
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
