// Numbered migrations, applied in order at start inside one transaction. JSON documents live in
// text columns (not jsonb) so they come back exactly as written, key order included.
import { authMigration } from '../auth/migration'
import { baskerLocaleMigration } from '../reference/basker/locale-migration'
import { drumeeMigration } from '../reference/drumee/migration'
import { kragleMigration } from '../reference/kragle/migration'
import { kragleInstancesMigration } from '../reference/kragle/migration-instances'
import { liveMigration } from '../live/migration'
import { omerloMigration } from '../reference/omerlo/migration'
import { tinesMigration } from '../reference/tines/migration'
import type { Db } from './db'
import {
  loginDevicesMigration,
  loginFailuresMigration,
  rateWindowsMigration,
} from './security-migrations'

export interface Migration {
  version: number
  name: string
  statements: string[]
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'basker reference: keys, tenants, records, schemas, theme settings',
    statements: [
      `CREATE TABLE api_keys (
        key_hash text PRIMARY KEY,
        label text NOT NULL,
        created_at text NOT NULL
      )`,
      `CREATE TABLE tenants (
        slug text PRIMARY KEY,
        name text NOT NULL,
        created_at text NOT NULL
      )`,
      `CREATE TABLE block_schemas (
        tenant text NOT NULL REFERENCES tenants(slug) ON DELETE CASCADE,
        collection text NOT NULL,
        schema_json text NOT NULL,
        PRIMARY KEY (tenant, collection)
      )`,
      `CREATE TABLE theme_schemas (
        tenant text NOT NULL REFERENCES tenants(slug) ON DELETE CASCADE,
        scope text NOT NULL,
        fields_json text NOT NULL,
        PRIMARY KEY (tenant, scope)
      )`,
      `CREATE TABLE records (
        tenant text NOT NULL REFERENCES tenants(slug) ON DELETE CASCADE,
        collection text NOT NULL,
        id text NOT NULL,
        title text NOT NULL,
        slug text NOT NULL,
        fields_json text NOT NULL,
        draft_blocks_json text NOT NULL,
        published_blocks_json text,
        created_at text NOT NULL,
        updated_at text NOT NULL,
        published_at text,
        PRIMARY KEY (tenant, collection, id),
        UNIQUE (tenant, collection, slug)
      )`,
      `CREATE INDEX records_by_created ON records (tenant, collection, created_at)`,
      `CREATE TABLE theme_settings (
        tenant text NOT NULL REFERENCES tenants(slug) ON DELETE CASCADE,
        collection text NOT NULL,
        record_id text NOT NULL,
        settings_json text NOT NULL,
        updated_at text NOT NULL,
        PRIMARY KEY (tenant, collection, record_id)
      )`,
    ],
  },
  tinesMigration(2),
  omerloMigration(3),
  drumeeMigration(4),
  kragleMigration(5),
  authMigration(6),
  loginFailuresMigration(7),
  rateWindowsMigration(8),
  loginDevicesMigration(9),
  kragleInstancesMigration(10),
  baskerLocaleMigration(14),
  liveMigration(15),
]

// Any constant works as long as every process uses the same one.
const MIGRATION_LOCK = 7_261_120_001

/** Applies the migrations not yet recorded; returns the versions it applied. */
export const runMigrations = (
  db: Db,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> =>
  db.transaction(async (tx) => {
    // Several processes starting on one PostgreSQL queue here instead of racing on CREATE TABLE.
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`)
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at text NOT NULL
    )`)
    const done = await tx.query<{ version: number }>('SELECT version FROM schema_migrations')
    const applied = new Set(done.rows.map((row) => Number(row.version)))
    const ran: number[] = []
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue
      for (const statement of migration.statements) await tx.query(statement)
      await tx.query(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [migration.version, migration.name, new Date().toISOString()],
      )
      ran.push(migration.version)
    }
    return ran
  })
