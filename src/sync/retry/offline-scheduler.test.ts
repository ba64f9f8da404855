// The flush scheduler and the browser's connectivity: offline parks the flush and says so with the
// count of kept changes; the `online` event sends them at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AdapterError } from '../../adapters/types'
import type { FakeAdapter } from '../../test/doubles/fake-adapter'
import { fakeAdapterWithStore } from '../../test/doubles/fake-store'
import { createFlushScheduler, IDLE_FLUSH_MS, OFFLINE_MESSAGE } from '../flush-scheduler'
import type { FlushScheduler } from '../flush-scheduler'
import { runFlush } from '../run-flush'
import { createConnectivity } from './connectivity'

let adapter: FakeAdapter
let scheduler: FlushScheduler

function setup(startOnline: boolean) {
  const opened = fakeAdapterWithStore()
  adapter = opened.adapter
  const store = opened.store
  const events = new EventTarget()
  const nav = { onLine: startOnline }
  const go = (online: boolean) => {
    nav.onLine = online
    events.dispatchEvent(new Event(online ? 'online' : 'offline'))
  }
  scheduler = createFlushScheduler({
    store,
    run: () => runFlush(adapter, store),
    random: () => 0.5,
    connectivity: createConnectivity(events, nav),
  })
  const edit = (blockId: string) => store.getState().dispatch([{ op: 'remove', blockId }], 'Remove')
  return { store, go, edit }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  scheduler.dispose()
  vi.useRealTimers()
})

describe('flush scheduler offline', () => {
  it('sends nothing while offline, shows Offline with the count, flushes on reconnect', async () => {
    const { store, go, edit } = setup(true)
    go(false)
    edit('b1')
    edit('b2')
    await vi.advanceTimersByTimeAsync(IDLE_FLUSH_MS * 10)
    expect(adapter.writes).toEqual([])
    expect(store.getState()).toMatchObject({ status: 'offline', statusMessage: OFFLINE_MESSAGE })
    expect(store.getState().pending).toHaveLength(2)

    go(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(adapter.writes).toHaveLength(1)
    expect(adapter.writes[0]?.ops).toEqual([
      { op: 'remove', blockId: 'b1' },
      { op: 'remove', blockId: 'b2' },
    ])
    expect(store.getState().status).toBe('saved')
  })

  it('an explicit save while offline is parked too', async () => {
    const { store, edit } = setup(false)
    edit('b1')
    scheduler.flushNow()
    await vi.advanceTimersByTimeAsync(0)
    expect(adapter.writes).toEqual([])
    expect(store.getState().status).toBe('offline')
  })

  it('going offline with nothing unsaved leaves the status Saved', async () => {
    const { store, go } = setup(true)
    go(false)
    await vi.advanceTimersByTimeAsync(0)
    expect(store.getState().status).toBe('saved')
  })

  it('reconnecting cuts a long backoff short', async () => {
    const { store, go, edit } = setup(true)
    adapter.failWrites.push(
      new AdapterError('server', 'unavailable', { status: 503 }),
      new AdapterError('server', 'unavailable', { status: 503 }),
      new AdapterError('server', 'unavailable', { status: 503 }),
    )
    edit('b1')
    scheduler.flushNow()
    // 503 → retries after 500 ms, 1 s, then a 2 s wait is pending.
    await vi.advanceTimersByTimeAsync(1500)
    expect(adapter.writes).toHaveLength(3)
    go(false)
    go(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(adapter.writes).toHaveLength(4)
    expect(store.getState().status).toBe('saved')
  })

  it('stops listening when disposed', async () => {
    const { go, edit } = setup(false)
    edit('b1')
    scheduler.dispose()
    await vi.advanceTimersByTimeAsync(0)
    const before = adapter.writes.length
    go(true)
    await vi.advanceTimersByTimeAsync(IDLE_FLUSH_MS * 10)
    expect(adapter.writes).toHaveLength(before)
  })
})
