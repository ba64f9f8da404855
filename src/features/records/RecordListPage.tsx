// The home screen: the configured backend's records by collection, searchable and paged, each a
// link to its editor.
import { useEffect, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import type { RecordSummary } from '../../adapters/types'
import { useAdapter, useRecordList } from '../../sync'
import { EmptyPanel, ErrorPanel, LoadingPanel } from '../shared/StatePanels'
import { AppHeader } from '../shared/AppHeader'
import { readListParams, writeListParams, type ListParams } from './list-params'

const PAGE_SIZE = 20
const SEARCH_DELAY_MS = 300

export function RecordListPage() {
  const adapter = useAdapter()
  // Collections listed only for pickers (they hold no blocks) get no tab.
  const collections = adapter.collections.filter((c) => !c.pickOnly)
  const [searchParams, setSearchParams] = useSearchParams()
  const params = readListParams(
    searchParams,
    collections.map((c) => c.id),
  )
  const update = (next: Partial<ListParams>) =>
    setSearchParams(writeListParams({ ...params, ...next }), { replace: true })

  return (
    <div className="app-frame">
      <AppHeader />
      <main className="page records-page">
        <div className="page__heading">
          <h1>Records</h1>
        </div>
        {collections.length === 0 ? (
          <EmptyPanel title="This backend has no collections to edit" />
        ) : (
          <>
            <nav className="collection-tabs" aria-label="Collections">
              {collections.map((c) => (
                <Link
                  key={c.id}
                  className="collection-tabs__tab"
                  to={`/?${writeListParams({ collection: c.id, search: '', page: 1 }).toString()}`}
                  aria-current={c.id === params.collection ? 'page' : undefined}
                >
                  {c.label}
                </Link>
              ))}
            </nav>
            <SearchBox
              key={params.collection}
              initial={params.search}
              onSearch={(search) => update({ search, page: 1 })}
            />
            <RecordResults params={params} onPage={(page) => update({ page })} />
          </>
        )}
      </main>
    </div>
  )
}

function SearchBox(props: { initial: string; onSearch: (value: string) => void }) {
  const [value, setValue] = useState(props.initial)
  const { onSearch, initial } = props
  useEffect(() => {
    if (value === initial) return
    const timer = setTimeout(() => onSearch(value), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [value, initial, onSearch])
  return (
    <div className="search-box">
      <label htmlFor="record-search">Search records</label>
      <input
        id="record-search"
        type="search"
        value={value}
        placeholder="Title…"
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onSearch(value)
        }}
      />
    </div>
  )
}

function RecordResults(props: { params: ListParams; onPage: (page: number) => void }) {
  const { params } = props
  const list = useRecordList({
    collection: params.collection,
    page: params.page,
    limit: PAGE_SIZE,
    ...(params.search.trim() ? { search: params.search.trim() } : {}),
  })
  if (list.isPending) return <LoadingPanel label="Loading records…" />
  if (list.isError) {
    return (
      <ErrorPanel
        title="The records could not be loaded"
        message={list.error.message}
        onRetry={() => void list.refetch()}
      />
    )
  }
  const page = list.data
  if (page.items.length === 0) {
    return (
      <EmptyPanel
        title={params.search ? `No records match “${params.search}”` : 'No records here yet'}
      />
    )
  }
  return (
    <section aria-label="Record list" aria-busy={list.isFetching}>
      <ul className={list.isPlaceholderData ? 'record-list is-stale' : 'record-list'}>
        {page.items.map((record) => (
          <RecordRow key={`${record.ref.collection}/${record.ref.id}`} record={record} />
        ))}
      </ul>
      <nav className="pager" aria-label="Pages">
        <button
          type="button"
          className="button"
          disabled={!page.hasPrevPage}
          onClick={() => props.onPage(page.page - 1)}
        >
          Previous
        </button>
        <span className="pager__info">
          Page {page.page} of {Math.max(page.totalPages, 1)} · {page.total}{' '}
          {page.total === 1 ? 'record' : 'records'}
        </span>
        <button
          type="button"
          className="button"
          disabled={!page.hasNextPage}
          onClick={() => props.onPage(page.page + 1)}
        >
          Next
        </button>
      </nav>
    </section>
  )
}

function RecordRow({ record }: { record: RecordSummary }) {
  const href = `/edit/${encodeURIComponent(record.ref.collection)}/${encodeURIComponent(record.ref.id)}`
  return (
    <li className="record-list__item">
      <Link className="record-list__link" to={href}>
        <span className="record-list__title">{record.title || record.ref.id}</span>
        <span className="record-list__meta">
          {record.status ? <span className="badge">{record.status}</span> : null}
          {record.updatedAt ? (
            <time dateTime={record.updatedAt}>{formatDate(record.updatedAt)}</time>
          ) : null}
        </span>
      </Link>
    </li>
  )
}

function formatDate(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}
