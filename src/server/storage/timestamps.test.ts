import { describe, expect, it } from 'vitest'
import { nextTimestamp } from './timestamps'

describe('nextTimestamp', () => {
  it('is now, as an ISO string with milliseconds', () => {
    expect(nextTimestamp(null, Date.UTC(2026, 5, 4, 10, 12))).toBe('2026-06-04T10:12:00.000Z')
  })

  it('is at least one millisecond after the previous value, even when the clock lags', () => {
    const previous = '2026-06-04T10:12:00.999Z'
    expect(nextTimestamp(previous, Date.parse(previous))).toBe('2026-06-04T10:12:01.000Z')
    expect(nextTimestamp(previous, Date.parse('2026-01-01T00:00:00.000Z'))).toBe(
      '2026-06-04T10:12:01.000Z',
    )
    expect(nextTimestamp(previous, Date.parse('2026-07-01T00:00:00.000Z'))).toBe(
      '2026-07-01T00:00:00.000Z',
    )
  })

  it('strictly increases over many calls in the same millisecond', () => {
    let value = nextTimestamp(null, 0)
    for (let i = 0; i < 100; i += 1) {
      const next = nextTimestamp(value, 0)
      expect(next > value).toBe(true)
      value = next
    }
  })
})
