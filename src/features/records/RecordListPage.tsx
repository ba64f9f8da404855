// The home screen: the configured backend's records by collection, searchable and paged, each a
// link to its editor.
import { Link, useSearchParams } from 'react-router'
import type { RecordSummary } from '../../adapters/types'
import { useBackendCollections, useRecordList, useRecordsPresence } from '../../sync'
import type { RecordVisitor } from '../../sync'
import { RecordVisitors } from '../presence/RecordVisitors'
import { EmptyPanel } from '../shared/StatePanels'
import { AppHeader } from '../shared/AppHeader'
import { PagedList } from '../shared/PagedList'
import { SearchBox } from '../shared/SearchBox'
import { readListParams, writeListParams, type ListParams } from './list-params'

const PAGE_SIZE = 20

export function RecordListPage() {
  // Collections listed only for pickers (they hold no blocks) get no tab.
  const collections = useBackendCollections().filter((c) => !c.pickOnly)
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
              id="record-search"
              label="Search records"
              placeholder="Title…"
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

function RecordResults(props: { params: ListParams; onPage: (page: number) => void }) {
  const { params } = props
  const list = useRecordList({
    collection: params.collection,
    page: params.page,
    limit: PAGE_SIZE,
    ...(params.search.trim() ? { search: params.search.trim() } : {}),
  })
  // Who is on each record of this page (refreshed while the list is shown).
  const presence = useRecordsPresence(list.data?.items.map((record) => record.ref) ?? [])
  return (
    <PagedList
      list={list}
      label="Record list"
      noun={['record', 'records']}
      loading="Loading records…"
      failed="The records could not be loaded"
      empty={params.search ? `No records match “${params.search}”` : 'No records here yet'}
      onPage={props.onPage}
      renderItem={(record) => (
        <RecordRow
          key={`${record.ref.collection}/${record.ref.id}`}
          record={record}
          visitors={presence.visitorsOf(record.ref)}
        />
      )}
    />
  )
}

function RecordRow(props: { record: RecordSummary; visitors: readonly RecordVisitor[] }) {
  const { record, visitors } = props
  const href = `/edit/${encodeURIComponent(record.ref.collection)}/${encodeURIComponent(record.ref.id)}`
  return (
    <li className="record-list__item">
      <Link className="record-list__link" to={href}>
        <span className="record-list__title">{record.title || record.ref.id}</span>
        <span className="record-list__meta">
          <RecordVisitors visitors={visitors} />
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
