// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BackendAdapter, ListQuery, Page, RecordSummary } from '../../adapters/types'
import { AdapterProvider } from '../../sync'
import { RecordListPage } from './RecordListPage'

afterEach(cleanup)

const page = (items: RecordSummary[], extra: Partial<Page<RecordSummary>> = {}) => ({
  items,
  page: 1,
  totalPages: 1,
  total: items.length,
  hasNextPage: false,
  hasPrevPage: false,
  ...extra,
})

function renderList(listRecords: (query: ListQuery) => Promise<Page<RecordSummary>>) {
  const adapter = {
    id: 'basker',
    capabilities: { devices: [], locales: [] },
    collections: [
      { id: 'pages', label: 'Pages' },
      { id: 'events', label: 'Events' },
    ],
    listRecords: vi.fn(listRecords),
  } as unknown as BackendAdapter
  const router = createMemoryRouter([{ path: '/', element: <RecordListPage /> }])
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <AdapterProvider
        config={{ backend: 'basker', basker: { tenant: 't', apiVersion: 'v' } }}
        adapter={adapter}
      >
        <RouterProvider router={router} />
      </AdapterProvider>
    </QueryClientProvider>,
  )
  return adapter.listRecords as ReturnType<typeof vi.fn>
}

describe('<RecordListPage>', () => {
  it('links each record of the first collection to its editor', async () => {
    renderList(async () =>
      page([{ ref: { collection: 'pages', id: 'home' }, title: 'Home' }], { total: 1 }),
    )
    const link = await screen.findByRole('link', { name: /Home/ })
    expect(link.getAttribute('href')).toBe('/edit/pages/home')
    expect(screen.getByRole('link', { name: 'Pages' }).getAttribute('aria-current')).toBe('page')
  })

  it('searches the collection and says when nothing matches', async () => {
    const list = renderList(async (query) =>
      query.search ? page([]) : page([{ ref: { collection: 'pages', id: 'a' }, title: 'A' }]),
    )
    await screen.findByRole('link', { name: /^A/ })
    await userEvent.type(screen.getByLabelText('Search records'), 'gala{Enter}')
    expect(await screen.findByText('No records match “gala”')).toBeTruthy()
    expect(list).toHaveBeenLastCalledWith(
      { collection: 'pages', page: 1, limit: 20, search: 'gala' },
      expect.anything(),
    )
  })

  it('shows an error with a retry', async () => {
    let fail = true
    renderList(async () => {
      if (fail) throw new Error('Backend down')
      return page([{ ref: { collection: 'pages', id: 'b' }, title: 'Back' }])
    })
    expect(await screen.findByText('Backend down')).toBeTruthy()
    fail = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(screen.getByRole('link', { name: /Back/ })).toBeTruthy())
  })
})
