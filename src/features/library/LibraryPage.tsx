// The block library (/library): the block types the user may use — their own and the public ones
// — searchable and paged, each a link to its definition. Only on backends with a block library.
import { useEffect, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import type { LibraryBlockType } from '../../adapters'
import { useHasBlockLibrary, useLibraryList } from '../../sync'
import { AppHeader } from '../shared/AppHeader'
import { EmptyPanel, ErrorPanel, LoadingPanel } from '../shared/StatePanels'
import { TypeBadges } from './TypeBadges'
import './library.css'

const SEARCH_DELAY_MS = 300

interface Params {
  search: string
  page: number
  publicOnly: boolean
}

const readParams = (params: URLSearchParams): Params => {
  const page = Number(params.get('page'))
  return {
    search: params.get('q') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    publicOnly: params.get('public') === '1',
  }
}

const writeParams = (p: Params): URLSearchParams => {
  const out = new URLSearchParams()
  if (p.search) out.set('q', p.search)
  if (p.page > 1) out.set('page', String(p.page))
  if (p.publicOnly) out.set('public', '1')
  return out
}

export function LibraryPage() {
  const hasLibrary = useHasBlockLibrary()
  const [searchParams, setSearchParams] = useSearchParams()
  const params = readParams(searchParams)
  const update = (next: Partial<Params>) =>
    setSearchParams(writeParams({ ...params, ...next }), { replace: true })
  return (
    <div className="app-frame">
      <AppHeader />
      <main className="page library-page">
        <div className="page__heading">
          <h1>Block library</h1>
          {hasLibrary ? (
            <Link className="button button--primary" to="/library/new">
              New block type
            </Link>
          ) : null}
        </div>
        {hasLibrary ? (
          <>
            <div className="library-page__filters">
              <SearchBox
                initial={params.search}
                onSearch={(search) => update({ search, page: 1 })}
              />
              <fieldset className="library-page__scope">
                <legend>Show</legend>
                <label>
                  <input
                    type="radio"
                    name="library-scope"
                    checked={!params.publicOnly}
                    onChange={() => update({ publicOnly: false, page: 1 })}
                  />
                  Mine and public
                </label>
                <label>
                  <input
                    type="radio"
                    name="library-scope"
                    checked={params.publicOnly}
                    onChange={() => update({ publicOnly: true, page: 1 })}
                  />
                  Public only
                </label>
              </fieldset>
            </div>
            <Results params={params} onPage={(page) => update({ page })} />
          </>
        ) : (
          <EmptyPanel title="This backend has no block library" />
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
      <label htmlFor="library-search">Search block types</label>
      <input
        id="library-search"
        type="search"
        value={value}
        placeholder="Name…"
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onSearch(value)
        }}
      />
    </div>
  )
}

function Results({ params, onPage }: { params: Params; onPage: (page: number) => void }) {
  const list = useLibraryList({
    page: params.page,
    publicOnly: params.publicOnly,
    ...(params.search.trim() ? { search: params.search.trim() } : {}),
  })
  if (list.isPending) return <LoadingPanel label="Loading block types…" />
  if (list.isError) {
    return (
      <ErrorPanel
        title="The block types could not be loaded"
        message={list.error.message}
        onRetry={() => void list.refetch()}
      />
    )
  }
  const page = list.data
  if (page.items.length === 0) {
    return (
      <EmptyPanel
        title={params.search ? `No block types match “${params.search}”` : 'No block types yet'}
      />
    )
  }
  return (
    <section aria-label="Block types" aria-busy={list.isFetching}>
      <ul className={list.isPlaceholderData ? 'record-list is-stale' : 'record-list'}>
        {page.items.map((type) => (
          <TypeRow key={type.id} type={type} />
        ))}
      </ul>
      <nav className="pager" aria-label="Pages">
        <button
          type="button"
          className="button"
          disabled={!page.hasPrevPage}
          onClick={() => onPage(page.page - 1)}
        >
          Previous
        </button>
        <span className="pager__info">
          Page {page.page} of {page.totalPages} · {page.total}{' '}
          {page.total === 1 ? 'block type' : 'block types'}
        </span>
        <button
          type="button"
          className="button"
          disabled={!page.hasNextPage}
          onClick={() => onPage(page.page + 1)}
        >
          Next
        </button>
      </nav>
    </section>
  )
}

function TypeRow({ type }: { type: LibraryBlockType }) {
  return (
    <li className="record-list__item">
      <Link className="record-list__link" to={`/library/${encodeURIComponent(type.id)}`}>
        <span className="record-list__title">{type.name}</span>
        <span className="record-list__meta">
          <TypeBadges type={type} />
        </span>
      </Link>
    </li>
  )
}
