// Rate windows on every database driver: a rolling minute per bucket, shared by every server
// (connection) on the same database, so N servers allow the budget once, not N times.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SLOW } from '../test-support'
import type { Db } from './db'
import { createRateWindows } from './rate-windows'
import { testDatabases } from './test-databases'

describe.each(testDatabases())('rate windows on $name', (database) => {
  let one: Db
  let two: Db
  beforeAll(async () => {
    one = await database.open()
    two = await database.open()
  }, SLOW)
  afterAll(async () => {
    await one.close()
    await two.close().catch(() => undefined)
    await database.cleanup()
  }, SLOW)

  it('allows the limit per rolling minute, then says when to retry', async () => {
    const windows = createRateWindows(one)
    const start = 60_000 * 1000
    for (let i = 0; i < 3; i += 1) expect((await windows.take('a', 3, start)).allowed).toBe(true)
    expect(await windows.take('a', 3, start + 15_000)).toEqual({
      allowed: false,
      retryAfterSeconds: 45,
    })
    expect((await windows.take('b', 3, start)).allowed).toBe(true)
    // Well into the next minute the previous one counts only in part; two minutes on, not at all.
    expect((await windows.take('a', 3, start + 60_000 * 2)).allowed).toBe(true)
  })

  it('counts the hits of every server on the same database together', async () => {
    const servers = [createRateWindows(one), createRateWindows(two)]
    const at = 60_000 * 2000
    const decisions = []
    for (let i = 0; i < 6; i += 1) decisions.push(await servers[i % 2]?.take('shared', 4, at))
    expect(decisions.map((decision) => decision?.allowed)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ])
  })
})
