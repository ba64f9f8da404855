// For tests: a migrated database on every driver available, PGlite always and PostgreSQL when
// TEST_DATABASE_URL is set (in a schema of its own, dropped at the end), so the tests of anything
// kept in the database (throttle, rate windows, sessions) run on both in CI.
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { tempDataDir } from '../test-support'
import type { Db } from './db'
import { runMigrations } from './migrations'
import { openPgliteDb } from './pglite-db'
import { openPostgresDb } from './postgres-db'

export interface TestDatabase {
  name: 'pglite' | 'postgres'
  /** Opens (and migrates) the database; a second call opens another connection to the same one. */
  open(): Promise<Db>
  cleanup(): Promise<void>
}

const pglite = (): TestDatabase => {
  let dataDir = ''
  let shared: Promise<Db> | null = null
  return {
    name: 'pglite',
    // PGlite allows one instance per directory: "another connection" is the same instance.
    open: () => {
      shared ??= (async () => {
        dataDir = await tempDataDir()
        const db = await openPgliteDb(join(dataDir, 'pglite'))
        await runMigrations(db)
        return db
      })()
      return shared
    },
    cleanup: () => (dataDir ? rm(dataDir, { recursive: true, force: true }) : Promise.resolve()),
  }
}

const postgres = (url: string): TestDatabase => {
  const schema = `security_test_${randomBytes(6).toString('hex')}`
  const scoped = new URL(url)
  scoped.searchParams.set('options', `-c search_path=${schema}`)
  let created = false
  return {
    name: 'postgres',
    open: async () => {
      if (!created) {
        const admin = await openPostgresDb(url, 1)
        await admin.query(`CREATE SCHEMA ${schema}`)
        await admin.close()
        created = true
      }
      const db = await openPostgresDb(scoped.toString(), 4)
      await runMigrations(db)
      return db
    },
    cleanup: async () => {
      if (!created) return
      const admin = await openPostgresDb(url, 1)
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await admin.close()
    },
  }
}

/** Fresh databases for one test file: PGlite, and PostgreSQL when configured. */
export const testDatabases = (): TestDatabase[] => {
  const url = process.env.TEST_DATABASE_URL
  return url ? [pglite(), postgres(url)] : [pglite()]
}
