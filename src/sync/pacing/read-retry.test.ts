import { describe, expect, it } from 'vitest'
import { AdapterError } from '../../adapters/types'
import { readRetryDelay, shouldRetryRead } from './read-retry'

const limited = new AdapterError('rate-limited', 'Too many requests', { retryAfterMs: 12_000 })

describe('read retries', () => {
  it('waits what Retry-After asks', () => {
    expect(readRetryDelay(0, limited, () => 0.5)).toBe(12_000)
  })

  it('backs off with jitter when no Retry-After is given', () => {
    const network = new AdapterError('network', 'offline')
    expect(readRetryDelay(2, network, () => 0.5)).toBe(2000)
  })

  it('retries a rate-limited read more often than other failures', () => {
    expect(shouldRetryRead(4, limited)).toBe(true)
    expect(shouldRetryRead(5, limited)).toBe(false)
    expect(shouldRetryRead(2, new AdapterError('server', 'boom'))).toBe(false)
  })

  it('never retries a final answer', () => {
    expect(shouldRetryRead(0, new AdapterError('auth', 'wrong key'))).toBe(false)
  })
})
