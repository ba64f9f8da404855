import type { RecordRef } from '../../adapters/types'

/** The outbox's and the flush lock's name for a record: backend, collection, id (and variant). */
export function outboxRecordKey(backend: string, ref: RecordRef): string {
  const variant = [ref.device ?? '', ref.locale ?? ''].join('/')
  return JSON.stringify([backend, ref.collection, ref.id, ...(variant === '/' ? [] : [variant])])
}
