// Presence pushes per record: the first change at once, the rest of a window in one more push.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCoalescer } from './coalesce'

describe('coalescer', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs at once, then at most once per window per key', async () => {
    const runs: string[] = []
    const coalescer = createCoalescer(
      100,
      (key) => {
        runs.push(`${key}@${Date.now()}`)
        return Promise.resolve()
      },
      (error) => {
        throw error
      },
    )
    const start = Date.now()
    coalescer.poke('a')
    coalescer.poke('b')
    await vi.advanceTimersByTimeAsync(0)
    coalescer.poke('a')
    coalescer.poke('a')
    await vi.advanceTimersByTimeAsync(50)
    coalescer.poke('a')
    await vi.advanceTimersByTimeAsync(100)
    // A quiet window ends the key's entry; the next poke runs at once again.
    await vi.advanceTimersByTimeAsync(200)
    coalescer.poke('a')
    await vi.advanceTimersByTimeAsync(0)
    expect(runs.map((run) => run.replace(/\d+$/, (at) => String(Number(at) - start)))).toEqual([
      'a@0',
      'b@0',
      'a@100',
      'a@350',
    ])
    coalescer.close()
  })
})
