// The flush scheduler with a write pacer: typing without pause for minutes stays within the
// backend's write limit, and every keystroke reaches the backend.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeAdapterWithStore } from '../../test/doubles/fake-store'
import { createFlushScheduler } from '../flush-scheduler'
import type { FlushScheduler } from '../flush-scheduler'
import { runFlush } from '../run-flush'
import { createWritePacer } from './write-pacer'

let scheduler: FlushScheduler | undefined

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  scheduler?.dispose()
  vi.useRealTimers()
})

describe('flush scheduler with a write pacer', () => {
  it('coalesces typing near the limit and loses nothing', async () => {
    const { adapter, store } = fakeAdapterWithStore()
    const limit = { writes: 20, windowMs: 60_000 }
    const pacer = createWritePacer(limit, () => Date.now())
    const sentAt: number[] = []
    scheduler = createFlushScheduler({
      store,
      run: () => {
        sentAt.push(Date.now())
        return runFlush(adapter, store)
      },
      random: () => 0.5,
      pacer,
    })
    // A word every second (each followed by the 800 ms idle pause) for five minutes.
    let text = ''
    for (let second = 0; second < 300; second += 1) {
      text += 'w'
      store.getState().dispatch([{ op: 'update', blockId: 'b1', value: { heading: text } }], 'Type')
      await vi.advanceTimersByTimeAsync(1000)
    }
    await vi.advanceTimersByTimeAsync(120_000)

    const writes = adapter.writes.length
    for (const start of sentAt) {
      expect(sentAt.filter((t) => t >= start && t < start + limit.windowMs).length).toBeLessThan(
        limit.writes,
      )
    }
    // Unpaced this would be 300 writes; paced it is about 18 a minute.
    expect(writes).toBeLessThanOrEqual(5 * 18 + 2)
    expect(writes).toBeGreaterThan(5 * 15)
    expect(adapter.blocks.find((b) => b.id === 'b1')?.value.heading).toBe(text)
    expect(store.getState().status).toBe('saved')
  })
})
