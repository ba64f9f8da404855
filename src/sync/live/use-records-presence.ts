// Who is on each record of a list page (GET /api/live/presence?records=…), refreshed while the
// list is shown. A server without the live routes (or an error) shows nobody, not an error.
import { useQuery } from '@tanstack/react-query'
import type { RecordRef } from '../../adapters/types'
import { useAdapter } from '../adapter-context'
import { getRecordsPresence, MAX_PRESENCE_KEYS } from './live-api'
import type { RecordVisitor } from './live-api'
import { liveSupported } from './page-tab'
import { variantKeys } from './record-variants'

export const RECORDS_PRESENCE_REFRESH_MS = 10_000

export function useRecordsPresence(refs: readonly RecordRef[]): {
  visitorsOf(ref: RecordRef): readonly RecordVisitor[]
} {
  const adapter = useAdapter()
  const keysOf = (ref: RecordRef) => variantKeys(adapter.id, ref, adapter.capabilities)
  const keys = refs.flatMap(keysOf).slice(0, MAX_PRESENCE_KEYS)
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
    visitorsOf(ref) {
      if (!records) return []
      // Everyone on any variant of the record, each tab once.
      const seen = new Set<string>()
      return keysOf(ref)
        .flatMap((key) => records[key] ?? [])
        .filter((visitor) => !seen.has(visitor.tab) && Boolean(seen.add(visitor.tab)))
    },
  }
}
