// A paged list's states in one place: loading, an error with Retry, nothing found, then the items
// (dimmed while another page loads) with the pager under them.
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { Page } from '../../adapters/types'
import { Pager } from './Pager'
import { EmptyPanel, ErrorPanel, LoadingPanel } from './StatePanels'

export function PagedList<T>(props: {
  list: UseQueryResult<Page<T>, Error>
  /** The section's accessible name. */
  label: string
  /** What the list holds, singular and plural, for the pager. */
  noun: readonly [one: string, many: string]
  loading: string
  failed: string
  empty: string
  onPage: (page: number) => void
  /** One list item, with its key. */
  renderItem: (item: T) => ReactNode
}) {
  const { list } = props
  if (list.isPending) return <LoadingPanel label={props.loading} />
  if (list.isError) {
    return (
      <ErrorPanel
        title={props.failed}
        message={list.error.message}
        onRetry={() => void list.refetch()}
      />
    )
  }
  const page = list.data
  if (page.items.length === 0) return <EmptyPanel title={props.empty} />
  return (
    <section aria-label={props.label} aria-busy={list.isFetching}>
      <ul className={list.isPlaceholderData ? 'record-list is-stale' : 'record-list'}>
        {page.items.map((item) => props.renderItem(item))}
      </ul>
      <Pager page={page} noun={props.noun} onPage={props.onPage} />
    </section>
  )
}
