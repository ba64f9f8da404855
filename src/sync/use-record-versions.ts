// A record's versions, what is live, and the actions on them (publish, unpublish, restore, rename,
// copy) for backends that declare them. Every action on the saved draft first saves everything
// (it sends the editor's version, which must be the backend's current one), and a restore puts
// the restored content into the open editor as its new base. The review and the Versions panel
// read through the same queries, so one refresh after an action reaches both.
import { useCallback } from 'react'
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseQueryResult } from '@tanstack/react-query'
import type {
  BackendAdapter,
  BlockDocument,
  Page,
  RecordRef,
  VersionSummary,
} from '../adapters/types'
import type { EditorStoreApi } from '../store'
import { useAdapter } from './adapter-context'
import type { FlushNowResult } from './flush-scheduler'
import { syncKeys } from './query-keys'
import { saveEverything } from './save-everything'

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

/** What is published of the record (null when nothing is); fresh on every opening. */
export function publishedQuery(adapter: BackendAdapter, ref: RecordRef) {
  return queryOptions({
    queryKey: [...versionsKey(adapter, ref), 'published'],
    queryFn: ({ signal }): Promise<BlockDocument | null> =>
      adapter.published ? adapter.published.loadPublished(ref, { signal }) : Promise.resolve(null),
    // Someone may have published meanwhile.
    staleTime: 0,
  })
}

/** The record's newest versions (null where the backend keeps none). */
export function useVersionList(ref: RecordRef): UseQueryResult<Page<VersionSummary> | null, Error> {
  const adapter = useAdapter()
  return useQuery({ ...historyListQuery(adapter, ref), enabled: adapter.history !== undefined })
}

/** One stored version, read-only (null where the backend keeps none). */
export function useStoredVersion(
  ref: RecordRef,
  versionId: string,
  options: { enabled?: boolean } = {},
): UseQueryResult<BlockDocument | null, Error> {
  const adapter = useAdapter()
  return useQuery({
    ...versionQuery(adapter, ref, versionId),
    enabled: (options.enabled ?? true) && adapter.history !== undefined,
  })
}

/** What is published of the record, where the backend can read it (null when nothing is). */
export function usePublishedRecord(
  ref: RecordRef,
  options: { enabled?: boolean } = {},
): UseQueryResult<BlockDocument | null, Error> {
  const adapter = useAdapter()
  return useQuery({
    ...publishedQuery(adapter, ref),
    enabled: (options.enabled ?? true) && adapter.published !== undefined,
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
