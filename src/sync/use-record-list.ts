import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ListQuery, Page, RecordSummary } from '../adapters/types'
import { useAdapter } from './adapter-context'
import { recordsListQuery } from './queries'

/** One page of a collection's records; keeps the previous page on screen while the next loads. */
export function useRecordList(query: ListQuery): UseQueryResult<Page<RecordSummary>, Error> {
  const adapter = useAdapter()
  return useQuery({ ...recordsListQuery(adapter, query), placeholderData: keepPreviousData })
}
