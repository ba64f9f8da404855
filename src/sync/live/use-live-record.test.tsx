// @vitest-environment jsdom
// The live hook's wiring with a fake EventSource (jsdom has none; the e2e uses the browser's):
// another tab's save runs the resync, this tab's own does not; comments and approvals refresh
// their queries; the selection is reported through the app's API fetch; unmounting closes.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FetchLike } from '../../adapters/http'
import type { BackendAdapter } from '../../adapters/types'
import { makeStore } from '../../test/doubles/editor-fixture'
import { AdapterProvider } from '../adapter-context'
import { pageTabId } from './page-tab'
import { useLiveRecord } from './use-live-record'

class FakeEventSource {
  static opened: FakeEventSource[] = []
  listeners = new Map<string, ((event: Event) => void)[]>()
  closed = false
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this)
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }
  close() {
    this.closed = true
  }
  emit(type: string, data: object, id = '') {
    const event = new MessageEvent(type, { data: JSON.stringify(data), lastEventId: id })
    for (const listener of this.listeners.get(type) ?? []) listener(event)
  }
}

const KEY = '["basker","pages","home"]'
const adapter = {
  id: 'basker',
  capabilities: { devices: [], locales: [] },
} as unknown as BackendAdapter

beforeEach(() => {
  FakeEventSource.opened = []
  vi.stubGlobal('EventSource', FakeEventSource)
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function setup() {
  const store = makeStore()
  const resync = vi.fn(() => Promise.resolve())
  const posts: { url: string; body: unknown }[] = []
  const apiFetch: FetchLike = async (url, init) => {
    posts.push({ url, body: JSON.parse(String(init?.body ?? 'null')) })
    return new Response(null, { status: 204 })
  }
  const queryClient = new QueryClient()
  const invalidated: unknown[] = []
  const invalidate = queryClient.invalidateQueries.bind(queryClient)
  queryClient.invalidateQueries = (filters) => {
    invalidated.push(filters?.queryKey)
    return invalidate(filters)
  }
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <AdapterProvider
        config={{ backend: 'basker', basker: { tenant: 't', apiVersion: '2026-02' } }}
        adapter={adapter}
        apiFetch={apiFetch}
      >
        {children}
      </AdapterProvider>
    </QueryClientProvider>
  )
  const hook = renderHook(() => useLiveRecord({ recordKey: KEY, store, resync }), { wrapper })
  const source = FakeEventSource.opened[0] as FakeEventSource
  return { store, resync, posts, invalidated, hook, source }
}

describe('useLiveRecord', () => {
  it('rebases on another tab’s save only, and refreshes comments and approvals', () => {
    const { store, resync, invalidated, source } = setup()
    expect(new URL(source.url, 'http://x').searchParams.get('record')).toBe(KEY)
    source.emit('saved', { record: KEY, tab: pageTabId(), version: 'v2', at: 'now' }, '1')
    expect(resync).not.toHaveBeenCalled()
    source.emit('saved', { record: KEY, tab: 'other', version: 'v2', at: 'now' }, '2')
    expect(resync).toHaveBeenCalledWith(store, 'v2')
    source.emit('comments', { record: KEY, blockId: 'text' }, '3')
    source.emit('approvals', { record: KEY }, '4')
    expect(invalidated).toEqual([
      ['comments', KEY],
      ['approvals', KEY],
    ])
  })

  it('reports the selection through the app’s API fetch and closes on unmount', async () => {
    const { store, posts, hook, source } = setup()
    act(() => store.getState().select('quote'))
    // Reported once the stream is open (before, the server would not know the tab).
    source.emit('open', {})
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]).toEqual({
      url: '/api/live/presence',
      body: { record: KEY, tab: pageTabId(), blockId: 'quote', typing: false },
    })
    hook.unmount()
    expect(source.closed).toBe(true)
  })
})
