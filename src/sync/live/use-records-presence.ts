// Who is on each record of a list page (GET /api/live/presence?records=…), refreshed while the
// list is shown. A server without the live routes (or an error) shows nobody, not an error.
import { useQuery } from '@tanstack/react-query'
import type { RecordRef } from '../../adapters/types'
import { useAdapter } from '../adapter-context'
import { outboxRecordKey } from '../outbox/record-key'
import { getRecordsPresence } from './live-api'
import type { RecordVisitor } from './live-api'
import { liveSupported } from './page-tab'

export const RECORDS_PRESENCE_REFRESH_MS = 10_000

export function useRecordsPresence(refs: readonly RecordRef[]): {
  visitorsOf(ref: RecordRef): readonly RecordVisitor[]
} {
  const adapter = useAdapter()
  const keys = refs.map((ref) => outboxRecordKey(adapter.id, ref))
  const query = useQuery({
    queryKey: ['live-presence', keys],
    queryFn: ({ signal }) => getRecordsPresence(keys, signal),
    enabled: keys.length > 0 && liveSupported(),
    refetchInterval: RECORDS_PRESENCE_REFRESH_MS,
    refetchIntervalInBackground: false,
    retry: false,
  })
  const records = query.data
  return {
    visitorsOf: (ref) => records?.[outboxRecordKey(adapter.id, ref)] ?? [],
  }
}
