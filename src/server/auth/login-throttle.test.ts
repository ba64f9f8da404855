import { describe, expect, it } from 'vitest'
import { createLoginThrottle } from './login-throttle'

describe('createLoginThrottle', () => {
  it('pauses an address after `limit` failures until the oldest leaves the window', () => {
    const throttle = createLoginThrottle(3, 1000)
    throttle.failed('a', 0)
    throttle.failed('a', 100)
    expect(throttle.waitMs('a', 200)).toBe(0)
    throttle.failed('a', 200)
    expect(throttle.waitMs('a', 300)).toBe(700)
    expect(throttle.waitMs('b', 300)).toBe(0)
    expect(throttle.waitMs('a', 1000)).toBe(0)
  })

  it('forgets an address after a successful login', () => {
    const throttle = createLoginThrottle(1, 1000)
    throttle.failed('a', 0)
    expect(throttle.waitMs('a', 1)).toBe(999)
    throttle.succeeded('a')
    expect(throttle.waitMs('a', 1)).toBe(0)
  })

  it('tracks at most `maxTracked` addresses, dropping the stalest', () => {
    const throttle = createLoginThrottle(1, 1000, 2)
    throttle.failed('a', 0)
    throttle.failed('b', 1)
    throttle.failed('c', 2)
    expect(throttle.waitMs('a', 3)).toBe(0)
    expect(throttle.waitMs('b', 3)).toBeGreaterThan(0)
    expect(throttle.waitMs('c', 3)).toBeGreaterThan(0)
  })
})
