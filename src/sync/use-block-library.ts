// The block library's reads and writes (adapters with `blockLibrary`, Kragle): a paged list, one
// type, and a save that asks the backend to validate a new type before creating it. A save
// refreshes the library and every palette, which is built from the same block types.
import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import type {
  BackendAdapter,
  BlockLibraryApi,
  BlockTypeDraft,
  LibraryBlockType,
  LibraryQuery,
} from '../adapters'
import { useAdapter } from './adapter-context'
import { syncKeys } from './query-keys'

export const libraryKeys = {
  all: (adapter: BackendAdapter) => [...syncKeys.backend(adapter.id), 'library'] as const,
  list: (adapter: BackendAdapter, query: LibraryQuery) =>
    [...libraryKeys.all(adapter), 'list', query] as const,
  type: (adapter: BackendAdapter, id: string) => [...libraryKeys.all(adapter), 'type', id] as const,
}

const libraryOf = (adapter: BackendAdapter): BlockLibraryApi => {
  if (!adapter.blockLibrary) throw new Error(`The ${adapter.id} backend has no block library.`)
  return adapter.blockLibrary
}

export function libraryListQuery(adapter: BackendAdapter, query: LibraryQuery) {
  return queryOptions({
    queryKey: libraryKeys.list(adapter, query),
    queryFn: ({ signal }) => libraryOf(adapter).list(query, { signal }),
    staleTime: 30_000,
  })
}

export function libraryTypeQuery(adapter: BackendAdapter, id: string) {
  return queryOptions({
    queryKey: libraryKeys.type(adapter, id),
    queryFn: ({ signal }) => libraryOf(adapter).get(id, { signal }),
    staleTime: 30_000,
  })
}

/** Whether the configured backend has a block library at all. */
export function useHasBlockLibrary(): boolean {
  return useAdapter().blockLibrary !== undefined
}

export function useLibraryList(query: LibraryQuery) {
  const adapter = useAdapter()
  return useQuery({ ...libraryListQuery(adapter, query), placeholderData: keepPreviousData })
}

export function useLibraryType(id: string) {
  return useQuery(libraryTypeQuery(useAdapter(), id))
}

export type BlockTypeSave =
  | { kind: 'create'; draft: BlockTypeDraft }
  | { kind: 'update'; id: string; change: Partial<BlockTypeDraft> }

/**
 * Saves a block type. A new one is first sent to the backend's validation (nothing is stored
 * when it fails); an update is checked by the update itself, which stores nothing on error.
 */
export function useSaveBlockType() {
  const adapter = useAdapter()
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (save: BlockTypeSave): Promise<{ id: string; type?: LibraryBlockType }> => {
      const library = libraryOf(adapter)
      if (save.kind === 'update') {
        const type = await library.update(save.id, save.change)
        return { id: type.id, type }
      }
      await library.validate(save.draft)
      return library.create(save.draft)
    },
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: libraryKeys.all(adapter) }),
        // The palettes are built from the same block types.
        client.invalidateQueries({ queryKey: [...syncKeys.backend(adapter.id), 'block-types'] }),
      ])
    },
  })
}

/** Asks the backend whether a new type would be accepted, without storing it. */
export function useValidateBlockType() {
  const adapter = useAdapter()
  return useMutation({
    mutationFn: (draft: BlockTypeDraft) => libraryOf(adapter).validate(draft),
  })
}
