import { describe, expect, it } from 'vitest'
import { RateLimiter } from './rate-limiter'

describe('RateLimiter', () => {
  it('counts reads and writes apart, per key, over a rolling minute', () => {
    let now = 1_000_000
    const limiter = new RateLimiter({ read: 2, write: 1 }, () => now)
    expect(limiter.take('a', 'read').allowed).toBe(true)
    now += 10_000
    expect(limiter.take('a', 'read').allowed).toBe(true)
    const refused = limiter.take('a', 'read')
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 50 })
    expect(limiter.take('a', 'write').allowed).toBe(true)
    expect(limiter.take('a', 'write').allowed).toBe(false)
    expect(limiter.take('b', 'read').allowed).toBe(true)
    // The first read leaves the window after 60 s; the second one still counts.
    now += 50_001
    expect(limiter.take('a', 'read').allowed).toBe(true)
    expect(limiter.take('a', 'read')).toEqual({ allowed: false, retryAfterSeconds: 10 })
    limiter.reset()
    expect(limiter.take('a', 'read').allowed).toBe(true)
  })
})
