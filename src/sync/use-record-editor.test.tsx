// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { AdapterError } from '../adapters/types'
import type { RecordRef } from '../adapters/types'
import { testBlocks, testSchema } from '../test/doubles/store-fixtures'
import { AdapterProvider } from './adapter-context'
import { createFakeAdapter } from '../test/doubles/fake-adapter'
import type { FakeAdapter } from '../test/doubles/fake-adapter'
import { useRecordEditor } from './use-record-editor'
import { useRecordList } from './use-record-list'

const config = { backend: 'basker' as const, basker: { tenant: 'demo', apiVersion: '2026-02' } }
const ref: RecordRef = { collection: 'pages', id: 'p1' }

function wrapper(adapter: FakeAdapter) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={client}>
        <AdapterProvider config={config} adapter={adapter}>
          {children}
        </AdapterProvider>
      </QueryClientProvider>
    )
  }
}

describe('useRecordEditor', () => {
  it('loads schema and record, then creates the store once', async () => {
    const adapter = createFakeAdapter(testBlocks(), testSchema)
    const { result, rerender } = renderHook(() => useRecordEditor(ref), {
      wrapper: wrapper(adapter),
    })
    expect(result.current.state).toBe('loading')
    expect(result.current.capabilities.concurrency).toBe('ifUpdatedAt')
    await waitFor(() => expect(result.current.state).toBe('ready'))
    const store = result.current.store
    expect(store?.getState()).toMatchObject({ version: 'v1', schema: testSchema, ref })
    rerender()
    expect(result.current.store).toBe(store)
  })

  it('flushNow saves through the mutation and the store becomes saved', async () => {
    const adapter = createFakeAdapter(testBlocks(), testSchema)
    const { result } = renderHook(() => useRecordEditor(ref), { wrapper: wrapper(adapter) })
    await waitFor(() => expect(result.current.state).toBe('ready'))
    const store = result.current.store
    act(() => {
      store?.getState().dispatch([{ op: 'remove', blockId: 'b2' }], 'Remove')
      result.current.flushNow()
    })
    await waitFor(() => expect(store?.getState().status).toBe('saved'))
    expect(adapter.writes).toEqual([{ ops: [{ op: 'remove', blockId: 'b2' }], version: 'v1' }])
    expect(store?.getState().version).toBe('v2')
  })

  it('reports a load failure', async () => {
    const adapter = createFakeAdapter(testBlocks(), testSchema)
    adapter.loadRecord = () => Promise.reject(new AdapterError('not-found', 'No page p1'))
    const { result } = renderHook(() => useRecordEditor(ref), { wrapper: wrapper(adapter) })
    await waitFor(() => expect(result.current.state).toBe('error'))
    expect(result.current.error).toBe('No page p1')
    expect(result.current.store).toBeUndefined()
  })
})

describe('useRecordList', () => {
  it('lists through the adapter', async () => {
    const adapter = createFakeAdapter(testBlocks(), testSchema)
    const { result } = renderHook(
      () => useRecordList({ collection: 'pages', page: 1, limit: 20 }),
      {
        wrapper: wrapper(adapter),
      },
    )
    await waitFor(() => expect(result.current.data?.items[0]?.title).toBe('Home'))
  })
})
