import { describe, expect, it } from 'vitest'
import { LIVE_RETRY_MAX_MS, liveReconnectDelay } from './reconnect-backoff'

describe('liveReconnectDelay', () => {
  it('waits within a window that doubles from 500 ms and stops at 15 s', () => {
    const top = () => 0.999_999
    expect(liveReconnectDelay(0, top)).toBe(500)
    expect(liveReconnectDelay(1, top)).toBe(1000)
    expect(liveReconnectDelay(3, top)).toBe(4000)
    expect(liveReconnectDelay(10, top)).toBe(LIVE_RETRY_MAX_MS)
  })

  it('spreads tabs over the window but never retries at once', () => {
    expect(liveReconnectDelay(4, () => 0.5)).toBe(4000)
    expect(liveReconnectDelay(0, () => 0)).toBeGreaterThanOrEqual(100)
  })
})
