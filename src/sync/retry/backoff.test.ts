import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  backoffDelay,
  backoffWindow,
  RETRY_AFTER_MAX_MS,
  RETRY_BASE_MS,
  RETRY_MAX_MS,
  RETRY_MIN_MS,
} from './backoff'

describe('backoffWindow', () => {
  it('doubles per attempt from the base and stops at the cap', () => {
    expect([0, 1, 2, 3, 4].map((n) => backoffWindow(n))).toEqual([1000, 2000, 4000, 8000, 16000])
    expect(backoffWindow(5)).toBe(RETRY_MAX_MS)
    expect(backoffWindow(1000)).toBe(RETRY_MAX_MS)
    expect(backoffWindow(-3)).toBe(RETRY_BASE_MS)
  })
})

describe('backoffDelay (full jitter)', () => {
  it('spreads the wait over the whole window', () => {
    expect(backoffDelay({ attempt: 3, random: () => 0.5 })).toBe(4000)
    expect(backoffDelay({ attempt: 3, random: () => 0.999 })).toBe(7992)
    expect(backoffDelay({ attempt: 0, random: () => 0.25 })).toBe(250)
  })

  it('never retries sooner than the floor, even when the dice say 0', () => {
    expect(backoffDelay({ attempt: 0, random: () => 0 })).toBe(RETRY_MIN_MS)
  })

  it('stays within [floor, window] for any attempt and any random value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, r) => {
          const delay = backoffDelay({ attempt: n, random: () => r })
          return delay >= RETRY_MIN_MS && delay <= Math.max(RETRY_MIN_MS, backoffWindow(n))
        },
      ),
    )
  })

  it('obeys Retry-After as given, ignoring jitter', () => {
    expect(backoffDelay({ attempt: 7, retryAfterMs: 1000, random: () => 0.9 })).toBe(1000)
    expect(backoffDelay({ attempt: 0, retryAfterMs: 0 })).toBe(0)
  })

  it('caps an absurd Retry-After', () => {
    expect(backoffDelay({ attempt: 0, retryAfterMs: 86_400_000 })).toBe(RETRY_AFTER_MAX_MS)
  })

  it('accepts another base and cap', () => {
    expect(backoffDelay({ attempt: 2, random: () => 0.5, baseMs: 200, maxMs: 500 })).toBe(250)
  })
})
