// Seeds the demo tenant at first start. Idempotent: a tenant that exists is never reseeded, so
// edits survive restarts; the test hook's reset deletes the tenant and seeds it again.
import type { Block, FieldValues } from '../../../../core/types'
import type { Db, Queryable } from '../../../storage/db'
import { COLLECTIONS, SITE_SCOPE } from '../collections'
import { toJson } from '../json'
import { DEMO_BLOCK_TYPES } from './block-types'
import { demoPages } from './pages'
import { perfBlocks } from './perf-page'
import { EVENTS, OTHER_RECORDS, PEOPLE } from './records'
import {
  PAGE_THEME_FIELDS,
  PAGE_THEME_VALUES,
  RECORD_THEME_FIELDS,
  SITE_THEME_FIELDS,
  SITE_THEME_VALUES,
} from './theme'

export const DEMO_TENANT = 'demo'
// Same constant in every process, so concurrent first starts on one PostgreSQL seed once.
const SEED_LOCK = 7_261_120_002

interface Row {
  collection: string
  id: string
  title: string
  slug: string
  fields: FieldValues
  draft: Block[]
  published: Block[] | null
}

const rows = (): Row[] => [
  ...demoPages().map((page) => ({ collection: 'pages', fields: {}, ...page })),
  {
    collection: 'pages',
    id: 'perf-1000',
    title: 'Performance (1,000 blocks)',
    slug: 'perf-1000',
    fields: {},
    draft: perfBlocks(),
    published: null,
  },
  ...[...EVENTS, ...PEOPLE, ...OTHER_RECORDS].map((record) => ({
    ...record,
    draft: [],
    published: [],
  })),
]

const iso = (ms: number): string => new Date(ms).toISOString()

const insertTenant = async (tx: Queryable, tenant: string, now: number): Promise<void> => {
  await tx.query('INSERT INTO tenants (slug, name, created_at) VALUES ($1, $2, $3)', [
    tenant,
    'Harbour Arts Centre (demo)',
    iso(now),
  ])
  for (const collection of COLLECTIONS) {
    await tx.query(
      'INSERT INTO block_schemas (tenant, collection, schema_json) VALUES ($1, $2, $3)',
      [tenant, collection, toJson(DEMO_BLOCK_TYPES)],
    )
    const fields = collection === 'pages' ? PAGE_THEME_FIELDS : RECORD_THEME_FIELDS
    await tx.query('INSERT INTO theme_schemas (tenant, scope, fields_json) VALUES ($1, $2, $3)', [
      tenant,
      collection,
      toJson(fields),
    ])
  }
  await tx.query('INSERT INTO theme_schemas (tenant, scope, fields_json) VALUES ($1, $2, $3)', [
    tenant,
    SITE_SCOPE,
    toJson(SITE_THEME_FIELDS),
  ])
  await tx.query(
    `INSERT INTO theme_settings (tenant, collection, record_id, settings_json, updated_at)
     VALUES ($1, '', '', $2, $3)`,
    [tenant, toJson(SITE_THEME_VALUES), iso(now)],
  )
}

const insertRecords = async (tx: Queryable, tenant: string, now: number): Promise<void> => {
  const all = rows()
  // createdAt a minute apart, home newest, so the default newest-first listing starts with it.
  for (const [index, row] of all.entries()) {
    const createdAt = iso(now - index * 60_000 - 3_600_000)
    const publishedAt = row.published === null ? null : iso(now - 60_000)
    await tx.query(
      `INSERT INTO records (tenant, collection, id, title, slug, fields_json, draft_blocks_json,
         published_blocks_json, created_at, updated_at, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        tenant,
        row.collection,
        row.id,
        row.title,
        row.slug,
        toJson(row.fields),
        toJson(row.draft),
        row.published === null ? null : toJson(row.published),
        createdAt,
        iso(now),
        publishedAt,
      ],
    )
    const theme = row.collection === 'pages' ? (PAGE_THEME_VALUES[row.id] ?? {}) : {}
    await tx.query(
      `INSERT INTO theme_settings (tenant, collection, record_id, settings_json, updated_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [tenant, row.collection, row.id, toJson(theme), iso(now)],
    )
  }
}

const seedIn = async (tx: Queryable, tenant: string): Promise<void> => {
  const now = Date.now()
  await insertTenant(tx, tenant, now)
  await insertRecords(tx, tenant, now)
}

/** Seeds the demo tenant unless it exists; returns whether it seeded. */
export const ensureDemoSeed = (db: Db, tenant = DEMO_TENANT): Promise<boolean> =>
  db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`)
    const found = await tx.query('SELECT 1 FROM tenants WHERE slug = $1', [tenant])
    if (found.rowCount > 0) return false
    await seedIn(tx, tenant)
    return true
  })

/** Deletes the demo tenant with everything in it and seeds it again (e2e only). */
export const resetDemoSeed = (db: Db, tenant = DEMO_TENANT): Promise<void> =>
  db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`)
    await tx.query('DELETE FROM tenants WHERE slug = $1', [tenant])
    await seedIn(tx, tenant)
  })
