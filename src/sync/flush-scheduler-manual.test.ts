// Saving on demand ('manual' mode): nothing is sent until flushNow; what finishes that save
// (backoff retries, the resume after being offline) still runs on its own.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AdapterError } from '../adapters/types'
import type { FakeAdapter } from '../test/doubles/fake-adapter'
import { fakeAdapterWithStore } from '../test/doubles/fake-store'
import { createFlushScheduler, IDLE_FLUSH_MS } from './flush-scheduler'
import type { FlushScheduler } from './flush-scheduler'
import { createConnectivity } from './retry/connectivity'
import { runFlush } from './run-flush'

let adapter: FakeAdapter
let scheduler: FlushScheduler

function setup() {
  const opened = fakeAdapterWithStore()
  adapter = opened.adapter
  const store = opened.store
  const visibility = Object.assign(new EventTarget(), {
    visibilityState: 'visible' as DocumentVisibilityState,
  })
  const events = new EventTarget()
  const nav = { onLine: true }
  const go = (online: boolean) => {
    nav.onLine = online
    events.dispatchEvent(new Event(online ? 'online' : 'offline'))
  }
  scheduler = createFlushScheduler({
    store,
    run: () => runFlush(adapter, store),
    random: () => 0.5,
    visibility,
    connectivity: createConnectivity(events, nav),
    mode: 'manual',
  })
  const type = (heading: string) =>
    store.getState().dispatch([{ op: 'update', blockId: 'b1', value: { heading } }], 'Type')
  const hide = () => {
    visibility.visibilityState = 'hidden'
    visibility.dispatchEvent(new Event('visibilitychange'))
  }
  return { store, type, hide, go }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  scheduler.dispose()
  vi.useRealTimers()
})

describe('flush scheduler, saving on demand', () => {
  it('sends nothing after edits, a hidden tab or dispose until flushNow', async () => {
    const { store, type, hide } = setup()
    type('a')
    type('ab')
    await vi.advanceTimersByTimeAsync(IDLE_FLUSH_MS * 20)
    hide()
    await vi.advanceTimersByTimeAsync(0)
    expect(adapter.writes).toEqual([])
    // Typing in one block folds into one waiting change.
    expect(store.getState().pending).toHaveLength(1)
    expect(store.getState().status).toBe('unsaved')

    expect(await scheduler.flushNow()).toEqual({ kind: 'saved' })
    expect(adapter.writes.map((w) => w.ops)).toEqual([
      [{ op: 'update', blockId: 'b1', value: { heading: 'ab' } }],
    ])
    type('abc')
    scheduler.dispose()
    await vi.advanceTimersByTimeAsync(IDLE_FLUSH_MS * 5)
    expect(adapter.writes).toHaveLength(1)
  })

  it('does not carry on with edits made while a save runs', async () => {
    const { store, type } = setup()
    type('one')
    const saving = scheduler.flushNow()
    type('two')
    expect(await saving).toEqual({ kind: 'saved' })
    await vi.advanceTimersByTimeAsync(IDLE_FLUSH_MS * 5)
    expect(adapter.writes).toHaveLength(1)
    expect(store.getState().pending).toHaveLength(1)
  })

  it('finishes a save it was asked for: retries after a failure, resumes when back online', async () => {
    const { store, type, go } = setup()
    adapter.failWrites.push(new AdapterError('server', 'down', { status: 503 }))
    type('a')
    expect((await scheduler.flushNow()).kind).toBe('retry')
    await vi.advanceTimersByTimeAsync(1000)
    expect(adapter.writes).toHaveLength(2)
    expect(store.getState().status).toBe('saved')

    // Offline: the save is parked, then sent when the connection returns.
    go(false)
    type('b')
    expect(await scheduler.flushNow()).toEqual({ kind: 'offline' })
    go(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(adapter.writes).toHaveLength(3)
    expect(store.getState().status).toBe('saved')

    // An edit made offline without a save is not sent on reconnect.
    go(false)
    type('c')
    go(true)
    await vi.advanceTimersByTimeAsync(IDLE_FLUSH_MS * 5)
    expect(adapter.writes).toHaveLength(3)
  })

  it('switching back to autosave sends what waits after the idle delay; switching off calls it off', async () => {
    const { type } = setup()
    type('a')
    scheduler.setMode('auto')
    await vi.advanceTimersByTimeAsync(IDLE_FLUSH_MS)
    expect(adapter.writes).toHaveLength(1)

    type('ab')
    await vi.advanceTimersByTimeAsync(IDLE_FLUSH_MS / 2)
    scheduler.setMode('manual')
    await vi.advanceTimersByTimeAsync(IDLE_FLUSH_MS * 5)
    expect(adapter.writes).toHaveLength(1)
  })
})
