// Previous / next buttons and "Page 2 of 5 · 93 records" under a paged list.
import type { Page } from '../../adapters/types'

export function Pager(props: {
  page: Page<unknown>
  /** What the list holds, singular and plural: ['record', 'records']. */
  noun: readonly [one: string, many: string]
  onPage: (page: number) => void
}) {
  const { page, noun, onPage } = props
  return (
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
        Page {page.page} of {Math.max(page.totalPages, 1)} · {page.total}{' '}
        {page.total === 1 ? noun[0] : noun[1]}
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
  )
}
