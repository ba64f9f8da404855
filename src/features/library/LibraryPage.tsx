// The block library (/library): the block types the user may use — their own and the public ones
// — searchable and paged, each a link to its definition. Only on backends with a block library.
import { Link, useSearchParams } from 'react-router'
import type { LibraryBlockType } from '../../adapters'
import { useHasBlockLibrary, useLibraryList } from '../../sync'
import { AppHeader } from '../shared/AppHeader'
import { PagedList } from '../shared/PagedList'
import { SearchBox } from '../shared/SearchBox'
import { EmptyPanel } from '../shared/StatePanels'
import { TypeBadges } from './TypeBadges'
import './library.css'

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
                id="library-search"
                label="Search block types"
                placeholder="Name…"
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

function Results({ params, onPage }: { params: Params; onPage: (page: number) => void }) {
  const list = useLibraryList({
    page: params.page,
    publicOnly: params.publicOnly,
    ...(params.search.trim() ? { search: params.search.trim() } : {}),
  })
  return (
    <PagedList
      list={list}
      label="Block types"
      noun={['block type', 'block types']}
      loading="Loading block types…"
      failed="The block types could not be loaded"
      empty={params.search ? `No block types match “${params.search}”` : 'No block types yet'}
      onPage={onPage}
      renderItem={(type) => <TypeRow key={type.id} type={type} />}
    />
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
