// Query keys in one place so invalidation after a save reaches every list of the backend.
import type { BackendId, ListQuery, RecordRef } from '../adapters/types'

export const syncKeys = {
  config: () => ['runtime-config'] as const,
  backend: (backend: BackendId) => ['backend', backend] as const,
  lists: (backend: BackendId) => ['backend', backend, 'records'] as const,
  list: (backend: BackendId, query: ListQuery) =>
    ['backend', backend, 'records', query.collection, query] as const,
  record: (backend: BackendId, ref: RecordRef) =>
    [
      'backend',
      backend,
      'record',
      ref.collection,
      ref.id,
      ref.device ?? '',
      ref.locale ?? '',
    ] as const,
  blockTypes: (backend: BackendId, ref: RecordRef) =>
    ['backend', backend, 'block-types', ref.collection] as const,
}
