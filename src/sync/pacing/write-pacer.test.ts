import { describe, expect, it } from 'vitest'
import { createWritePacer, paceDelay, writeBudget } from './write-pacer'
import type { WriteLimit } from './write-pacer'

const basker: WriteLimit = { writes: 20, windowMs: 60_000 }

/** Simulates a writer that sends as soon as the pacer allows and whenever it has an edit. */
function simulate(limit: WriteLimit, editsEveryMs: number, durationMs: number) {
  let now = 0
  const pacer = createWritePacer(limit, () => now)
  const sent: number[] = []
  let nextAllowed = 0
  for (now = 0; now < durationMs; now += editsEveryMs) {
    if (now < nextAllowed) continue
    const wait = pacer.delay()
    if (wait > 0) {
      nextAllowed = now + wait
      continue
    }
    pacer.record()
    sent.push(now)
  }
  return sent
}

function maxInAnyWindow(sent: readonly number[], windowMs: number): number {
  let max = 0
  for (const start of sent) {
    max = Math.max(max, sent.filter((t) => t >= start && t < start + windowMs).length)
  }
  return max
}

describe('write pacer', () => {
  it('keeps a reserve below the stated limit', () => {
    expect(writeBudget(basker)).toBe(18)
    expect(writeBudget({ writes: 1, windowMs: 1000 })).toBe(1)
  })

  it('lets the first writes through at once', () => {
    expect(paceDelay([], 0, basker)).toBe(0)
    expect(paceDelay([0, 1000, 2000], 3000, basker)).toBe(0)
  })

  it('spaces writes evenly once half the budget is used', () => {
    const sent = Array.from({ length: 9 }, (_, i) => i * 100)
    // 60 s / 18 = 3334 ms after the last write.
    expect(paceDelay(sent, 900, basker)).toBe(800 + 3334 - 900)
  })

  it('waits for the oldest write to leave the window at the budget', () => {
    const sent = Array.from({ length: 18 }, (_, i) => i * 1000)
    expect(paceDelay(sent, 18_000, basker)).toBe(60_000 - 18_000 + 1)
    expect(paceDelay(sent, 60_001, basker)).toBe(0)
  })

  it('forgets writes older than the window', () => {
    expect(
      paceDelay(
        Array.from({ length: 18 }, () => 0),
        60_000,
        basker,
      ),
    ).toBe(0)
  })

  it('never lets more than the budget through in any rolling window, typing all afternoon', () => {
    // An edit ready every 300 ms for four hours.
    const sent = simulate(basker, 300, 4 * 60 * 60_000)
    expect(maxInAnyWindow(sent, basker.windowMs)).toBeLessThanOrEqual(18)
    // …and it still saves steadily: at least 16 a minute on average.
    expect(sent.length).toBeGreaterThan(16 * 240)
  })
})
