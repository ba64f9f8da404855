// The storage layer on every driver available: PGlite always, PostgreSQL when TEST_DATABASE_URL
// is set (each run in its own schema, dropped afterwards).
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BaskerRepository } from '../reference/basker/repository'
import { ensureDemoSeed } from '../reference/basker/seed/seed'
import { tempDataDir, SLOW } from '../test-support'
import type { Db } from './db'
import { MIGRATIONS, runMigrations } from './migrations'
import { openPgliteDb } from './pglite-db'
import { openPostgresDb } from './postgres-db'

interface Driver {
  name: string
  /** Opens a connection to the same database (a second one may be open at the same time). */
  open(): Promise<Db>
  /** PGlite allows one instance per directory: racing writers share it. */
  separateWriters: boolean
  cleanup(): Promise<void>
}

const pgliteDriver = (): Driver => {
  let dir = ''
  return {
    name: 'pglite',
    separateWriters: false,
    open: async () => {
      dir ||= join(await tempDataDir(), 'pglite')
      return openPgliteDb(dir)
    },
    cleanup: () => rm(dirname(dir), { recursive: true, force: true }),
  }
}

const postgresDriver = (url: string): Driver => {
  const schema = `storage_test_${randomBytes(6).toString('hex')}`
  const scoped = new URL(url)
  scoped.searchParams.set('options', `-c search_path=${schema}`)
  let created = false
  return {
    name: 'postgres',
    separateWriters: true,
    open: async () => {
      if (!created) {
        const admin = await openPostgresDb(url, 1)
        await admin.query(`CREATE SCHEMA ${schema}`)
        await admin.close()
        created = true
      }
      return openPostgresDb(scoped.toString(), 4)
    },
    cleanup: async () => {
      const admin = await openPostgresDb(url, 1)
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await admin.close()
    },
  }
}

const DRIVERS: Driver[] = [pgliteDriver()]
const url = process.env.TEST_DATABASE_URL
if (url) DRIVERS.push(postgresDriver(url))
else console.info('storage tests: PostgreSQL not configured (set TEST_DATABASE_URL); PGlite only.')

describe.each(DRIVERS)('storage on $name', (driver) => {
  let db: Db

  beforeAll(async () => {
    db = await driver.open()
  }, SLOW)
  afterAll(async () => {
    await db.close()
    await driver.cleanup()
  }, SLOW)

  it('applies the migrations once, even from two connections at once', async () => {
    const second = driver.separateWriters ? await driver.open() : db
    try {
      const runs = await Promise.all([runMigrations(db), runMigrations(second)])
      expect(runs.flat()).toEqual(MIGRATIONS.map((m) => m.version))
    } finally {
      if (second !== db) await second.close()
    }
    expect(await runMigrations(db)).toEqual([])
    const applied = await db.query<{ version: number }>('SELECT version FROM schema_migrations')
    expect(applied.rows.map((row) => Number(row.version))).toEqual(MIGRATIONS.map((m) => m.version))
    const tables = await db.query('SELECT id FROM records')
    expect(tables.rowCount).toBe(0)
  })

  it('rolls a failed transaction back entirely', async () => {
    const insert = 'INSERT INTO tenants (slug, name, created_at) VALUES ($1, $2, $3)'
    await expect(
      db.transaction(async (tx) => {
        await tx.query(insert, ['rolled-back', 'Rolled back', new Date().toISOString()])
        const inside = await tx.query('SELECT 1 FROM tenants WHERE slug = $1', ['rolled-back'])
        expect(inside.rowCount).toBe(1)
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    const after = await db.query('SELECT 1 FROM tenants WHERE slug = $1', ['rolled-back'])
    expect(after.rowCount).toBe(0)
    // The connection is usable after the rollback.
    await db.transaction((tx) => tx.query(insert, ['kept', 'Kept', new Date().toISOString()]))
    expect((await db.query('SELECT 1 FROM tenants WHERE slug = $1', ['kept'])).rowCount).toBe(1)
  })

  it('lets exactly one of two racing writes with the same ifUpdatedAt win', async () => {
    expect(await ensureDemoSeed(db)).toBe(true)
    expect(await ensureDemoSeed(db)).toBe(false)
    const second = driver.separateWriters ? await driver.open() : db
    try {
      const writers = [new BaskerRepository(db), new BaskerRepository(second)]
      const before = await writers[0]!.get('demo', 'pages', 'about')
      if (!before) throw new Error('seed has no pages/about')
      const results = await Promise.all(
        writers.map((repo, index) =>
          repo.transaction(async (tx) => {
            const blocks = [{ id: `writer-${index}`, type: 'heading', value: { text: `${index}` } }]
            return repo.writeDraftBlocks(tx, 'demo', before, before.updatedAt, blocks)
          }),
        ),
      )
      const winners = results.filter((result) => result !== null)
      expect(winners).toHaveLength(1)
      const after = await writers[0]!.get('demo', 'pages', 'about')
      expect(after?.updatedAt).toBe(winners[0])
      expect(after?.draftBlocks).toHaveLength(1)
      expect(after!.updatedAt > before.updatedAt).toBe(true)
    } finally {
      if (second !== db) await second.close()
    }
  })

  it(
    'keeps its data across close and reopen',
    async () => {
      const repo = new BaskerRepository(db)
      const before = await repo.get('demo', 'pages', 'home')
      await db.close()
      db = await driver.open()
      expect(await runMigrations(db)).toEqual([])
      const after = await new BaskerRepository(db).get('demo', 'pages', 'home')
      expect(after).toEqual(before)
      expect(after?.draftBlocks.length).toBeGreaterThan(10)
    },
    SLOW,
  )
})
