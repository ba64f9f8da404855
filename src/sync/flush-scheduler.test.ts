import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AdapterError } from '../adapters/types'
import type { FakeAdapter } from '../test/doubles/fake-adapter'
import { fakeAdapterWithStore } from '../test/doubles/fake-store'
import { createFlushScheduler, IDLE_FLUSH_MS } from './flush-scheduler'
import type { FlushScheduler } from './flush-scheduler'
import { runFlush } from './run-flush'

let adapter: FakeAdapter
let scheduler: FlushScheduler
let runs: number

function setup(visibility?: EventTarget & { visibilityState: DocumentVisibilityState }) {
  const opened = fakeAdapterWithStore()
  adapter = opened.adapter
  const store = opened.store
  runs = 0
  scheduler = createFlushScheduler({
    store,
    run: () => {
      runs += 1
      return runFlush(adapter, store)
    },
    random: () => 0.5,
    visibility,
  })
  const type = (heading: string) =>
    store.getState().dispatch([{ op: 'update', blockId: 'b1', value: { heading } }], 'Type')
  return { store, type }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  scheduler.dispose()
  vi.useRealTimers()
})

describe('flush scheduler', () => {
  it('flushes once, 800 ms after the last edit', async () => {
    const { type, store } = setup()
    type('a')
    await vi.advanceTimersByTimeAsync(500)
    type('ab')
    await vi.advanceTimersByTimeAsync(IDLE_FLUSH_MS - 1)
    expect(adapter.writes).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(adapter.writes).toHaveLength(1)
    expect(adapter.writes[0]?.ops).toEqual([
      { op: 'update', blockId: 'b1', value: { heading: 'ab' } },
    ])
    expect(store.getState().status).toBe('saved')
  })

  it('flushNow sends at once', async () => {
    const { type } = setup()
    type('a')
    scheduler.flushNow()
    await vi.advanceTimersByTimeAsync(0)
    expect(adapter.writes).toHaveLength(1)
  })

  it('after a 422 that names no operation, keeps everything and waits for the next save', async () => {
    const { type, store } = setup()
    type('a')
    adapter.failWrites.push(new AdapterError('validation', 'Too large', { status: 413 }))
    scheduler.flushNow()
    await vi.advanceTimersByTimeAsync(IDLE_FLUSH_MS * 5)
    expect(runs).toBe(1)
    expect(store.getState().status).toBe('error')
    expect(store.getState().pending).toHaveLength(1)
    scheduler.flushNow()
    await vi.advanceTimersByTimeAsync(0)
    expect(store.getState().status).toBe('saved')
  })

  it('never overlaps runs; edits made during a run go out right after it', async () => {
    const { type, store } = setup()
    type('a')
    scheduler.flushNow()
    type('ab')
    scheduler.flushNow()
    scheduler.flushNow()
    expect(runs).toBe(1)
    await vi.advanceTimersByTimeAsync(0)
    expect(runs).toBe(2)
    expect(adapter.writes.map((w) => w.version)).toEqual(['v1', 'v2'])
    expect(store.getState().status).toBe('saved')
  })

  it('retries with growing delays while offline, without hammering on edits', async () => {
    const { type, store } = setup()
    adapter.failWrites.push(
      new AdapterError('network', 'down'),
      new AdapterError('network', 'down'),
    )
    type('a')
    scheduler.flushNow()
    await vi.advanceTimersByTimeAsync(0)
    expect(store.getState().status).toBe('offline')
    // random() = 0.5 (full jitter): the first retry waits half of the 1 s window, the second half
    // of 2 s.
    type('ab')
    await vi.advanceTimersByTimeAsync(499)
    expect(adapter.writes).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(adapter.writes).toHaveLength(2)
    type('abc')
    await vi.advanceTimersByTimeAsync(IDLE_FLUSH_MS)
    // The edit's idle flush is suppressed while a retry is scheduled.
    expect(adapter.writes).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1000 - IDLE_FLUSH_MS - 1)
    expect(adapter.writes).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(adapter.writes).toHaveLength(3)
    expect(store.getState().status).toBe('saved')
    expect(adapter.blocks[0]?.value.heading).toBe('abc')
  })

  it('waits out Retry-After on 429', async () => {
    const { type } = setup()
    adapter.failWrites.push(new AdapterError('rate-limited', 'slow', { retryAfterMs: 5000 }))
    type('a')
    scheduler.flushNow()
    await vi.advanceTimersByTimeAsync(4999)
    expect(adapter.writes).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(adapter.writes).toHaveLength(2)
  })

  it('flushes when the page is hidden', async () => {
    const target = Object.assign(new EventTarget(), {
      visibilityState: 'visible' as DocumentVisibilityState,
    })
    const { type } = setup(target)
    type('a')
    target.visibilityState = 'hidden'
    target.dispatchEvent(new Event('visibilitychange'))
    await vi.advanceTimersByTimeAsync(0)
    expect(adapter.writes).toHaveLength(1)
  })

  it('dispose sends what is unsaved once and stops the timers', async () => {
    const { type } = setup()
    type('a')
    scheduler.dispose()
    await vi.advanceTimersByTimeAsync(0)
    expect(adapter.writes).toHaveLength(1)
    type('ab')
    await vi.advanceTimersByTimeAsync(5000)
    expect(adapter.writes).toHaveLength(1)
  })
})

describe('flushNow is awaitable', () => {
  it('resolves with the result of the run that sent the edits made before it', async () => {
    const { store, type } = setup()
    type('one')
    const result = await scheduler.flushNow()
    expect(result).toEqual({ kind: 'saved' })
    expect(store.getState().status).toBe('saved')
    expect(adapter.writes).toHaveLength(1)
  })

  it('called during a run, waits for the next run, which carries the later edits', async () => {
    const { store, type } = setup()
    type('one')
    const first = scheduler.flushNow()
    type('two')
    const second = scheduler.flushNow()
    expect(await first).toEqual({ kind: 'saved' })
    expect(await second).toEqual({ kind: 'saved' })
    expect(adapter.writes.map((w) => w.ops)).toEqual([
      [{ op: 'update', blockId: 'b1', value: { heading: 'one' } }],
      [{ op: 'update', blockId: 'b1', value: { heading: 'two' } }],
    ])
    expect(store.getState().pending).toEqual([])
  })

  it('resolves with a retry at once rather than after the backoff', async () => {
    const { type } = setup()
    type('one')
    adapter.failWrites.push(new AdapterError('server', 'down', { status: 503 }))
    expect((await scheduler.flushNow()).kind).toBe('retry')
  })

  it('resolves as disposed after dispose', async () => {
    setup()
    scheduler.dispose()
    expect(await scheduler.flushNow()).toEqual({ kind: 'disposed' })
  })
})
