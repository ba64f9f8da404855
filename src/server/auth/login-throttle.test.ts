// The login throttle on every database driver: guesses are slowed per address and per device,
// never to the point of locking the owner out, and every server on one database counts together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../storage/db'
import { testDatabases } from '../storage/test-databases'
import { SLOW } from '../test-support'
import { createLoginThrottle, DEFAULT_THROTTLE, type LoginAttempt } from './login-throttle'

const attacker: LoginAttempt = {
  email: 'ann@example.com',
  address: '203.0.113.9',
  device: undefined,
}

describe.each(testDatabases())('login throttle on $name', (database) => {
  let db: Db
  let other: Db
  beforeAll(async () => {
    db = await database.open()
    other = await database.open()
  }, SLOW)
  afterAll(async () => {
    await db.close()
    await other.close().catch(() => undefined)
    await database.cleanup()
  }, SLOW)

  it('lets a few failures through, then doubles the wait, capped at a minute', async () => {
    const throttle = createLoginThrottle(db)
    const attempt = { ...attacker, email: 'slow@example.com' }
    let now = 1_000_000
    for (let i = 0; i < DEFAULT_THROTTLE.free; i += 1) {
      expect(await throttle.waitMs(attempt, now)).toBe(0)
      await throttle.failed(attempt, now)
    }
    expect(await throttle.waitMs(attempt, now)).toBe(1_000)
    now += 1_000
    expect(await throttle.waitMs(attempt, now)).toBe(0)
    await throttle.failed(attempt, now)
    expect(await throttle.waitMs(attempt, now)).toBe(2_000)
    for (let i = 0; i < 10; i += 1) await throttle.failed(attempt, now)
    expect(await throttle.waitMs(attempt, now)).toBe(60_000)
    // Failures leave the window after 15 minutes.
    expect(await throttle.waitMs(attempt, now + DEFAULT_THROTTLE.windowMs + 1)).toBe(0)
  })

  it('never slows the owner on a device they logged in from, whatever others guessed', async () => {
    const throttle = createLoginThrottle(db)
    const owner = { ...attacker, email: 'owner@example.com' }
    const device = await throttle.succeeded(owner, 0)
    const now = 10_000
    for (let i = 0; i < 40; i += 1) await throttle.failed(owner, now)
    expect(await throttle.waitMs(owner, now)).toBeGreaterThan(0)
    // Same address, but the browser that logged in before: not slowed.
    expect(await throttle.waitMs({ ...owner, device }, now)).toBe(0)
    // Another address, no device: slowed only once the address-wide count is high.
    const elsewhere = { ...owner, address: '198.51.100.7' }
    expect(await throttle.waitMs(elsewhere, now)).toBeGreaterThan(0)
    expect(await throttle.waitMs({ ...elsewhere, email: 'someone@example.com' }, now)).toBe(0)
    // A made-up device cookie counts as no device at all.
    expect(await throttle.waitMs({ ...owner, device: 'x'.repeat(43) }, now)).toBeGreaterThan(0)
  })

  it('counts failures made through every server on the same database', async () => {
    const one = createLoginThrottle(db)
    const two = createLoginThrottle(other)
    const attempt = { ...attacker, email: 'shared@example.com' }
    for (let i = 0; i < DEFAULT_THROTTLE.free; i += 1) {
      await (i % 2 === 0 ? one : two).failed(attempt, 5_000)
    }
    expect(await one.waitMs(attempt, 5_000)).toBeGreaterThan(0)
    expect(await two.waitMs(attempt, 5_000)).toBeGreaterThan(0)
  })
})
