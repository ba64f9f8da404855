// All SQL of the Basker reference backend. Writes take the caller's transaction and guard with
// `updated_at = $old`, so concurrent writers (even in other processes) never lose an update.
import type { Block, BlockTypeSchema, FieldValues } from '../../../core/types'
import type { Db, Queryable } from '../../storage/db'
import { referenceKeyLabel } from '../stored-keys'
import { nextTimestamp } from '../../storage/timestamps'
import { fromJson, toJson } from './json'
import { DEFAULT_LOCALE } from './locales'
import { insertThemeSettings } from './theme-repository'

export interface StoredRecord {
  collection: string
  id: string
  title: string
  slug: string
  fields: FieldValues
  draftBlocks: Block[]
  publishedBlocks: Block[] | null
  createdAt: string
  updatedAt: string
  publishedAt: string | null
}

export interface RecordSummary {
  id: string
  title: string
  slug: string
  createdAt: string
  updatedAt: string
}

export interface ListFilter {
  column: 'title' | 'slug'
  op: 'like' | 'equals'
  value: string
}

export interface ListQuery {
  limit: number
  page: number
  orderBy: string
  filters: ListFilter[]
}

type RecordRow = {
  collection: string
  id: string
  title: string
  slug: string
  fields_json: string
  draft_blocks_json: string
  published_blocks_json: string | null
  created_at: string
  updated_at: string
  published_at: string | null
}

const toRecord = (row: RecordRow): StoredRecord => ({
  collection: row.collection,
  id: row.id,
  title: row.title,
  slug: row.slug,
  fields: fromJson<FieldValues>(row.fields_json),
  draftBlocks: fromJson<Block[]>(row.draft_blocks_json),
  publishedBlocks:
    row.published_blocks_json === null ? null : fromJson<Block[]>(row.published_blocks_json),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  publishedAt: row.published_at,
})

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (ch) => `\\${ch}`)

export class BaskerRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(fn)
  }

  async keyExists(keyHash: string): Promise<boolean> {
    return (await referenceKeyLabel(this.db, keyHash)) !== null
  }

  async tenantExists(slug: string): Promise<boolean> {
    const found = await this.db.query('SELECT 1 FROM tenants WHERE slug = $1', [slug])
    return found.rowCount > 0
  }

  async list(
    tenant: string,
    collection: string,
    query: ListQuery,
  ): Promise<{ docs: RecordSummary[]; total: number }> {
    const params: unknown[] = [tenant, collection]
    const where = ['tenant = $1', 'collection = $2']
    for (const filter of query.filters) {
      if (filter.op === 'equals') {
        params.push(filter.value)
        where.push(`${filter.column} = $${params.length}`)
      } else {
        params.push(`%${escapeLike(filter.value)}%`)
        where.push(`${filter.column} ILIKE $${params.length}`)
      }
    }
    const clause = where.join(' AND ')
    const counted = await this.db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM records WHERE ${clause}`,
      params,
    )
    const offset = (query.page - 1) * query.limit
    const rows = await this.db.query<{
      id: string
      title: string
      slug: string
      created_at: string
      updated_at: string
    }>(
      `SELECT id, title, slug, created_at, updated_at FROM records WHERE ${clause}
       ORDER BY ${query.orderBy} LIMIT ${query.limit} OFFSET ${offset}`,
      params,
    )
    return {
      total: Number(counted.rows[0]?.total ?? 0),
      docs: rows.rows.map((row) => ({
        id: row.id,
        title: row.title,
        slug: row.slug,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      })),
    }
  }

  async get(
    tenant: string,
    collection: string,
    id: string,
    q: Queryable = this.db,
  ): Promise<StoredRecord | null> {
    const found = await q.query<RecordRow>(
      `SELECT collection, id, title, slug, fields_json, draft_blocks_json, published_blocks_json,
              created_at, updated_at, published_at
       FROM records WHERE tenant = $1 AND collection = $2 AND id = $3`,
      [tenant, collection, id],
    )
    const row = found.rows[0]
    return row ? toRecord(row) : null
  }

  async slugTaken(tx: Queryable, tenant: string, collection: string, slug: string, exceptId = '') {
    const found = await tx.query(
      'SELECT 1 FROM records WHERE tenant = $1 AND collection = $2 AND slug = $3 AND id <> $4',
      [tenant, collection, slug, exceptId],
    )
    return found.rowCount > 0
  }

  /**
   * The draft blocks of one language: the default's are the record's own; another's are its own
   * row, or the default's until it has one.
   */
  async draftBlocksIn(
    tenant: string,
    record: StoredRecord,
    locale: string,
    q: Queryable = this.db,
  ): Promise<Block[]> {
    if (locale === DEFAULT_LOCALE) return record.draftBlocks
    const found = await q.query<{ draft_blocks_json: string }>(
      `SELECT draft_blocks_json FROM basker_locale_blocks
       WHERE tenant = $1 AND collection = $2 AND record_id = $3 AND locale = $4`,
      [tenant, record.collection, record.id, locale],
    )
    const row = found.rows[0]
    return row ? fromJson<Block[]>(row.draft_blocks_json) : record.draftBlocks
  }

  /**
   * Writes one language's draft blocks. One updatedAt covers the record in every language, so
   * any language's write moves it. Returns the new updatedAt, or null when the record is no
   * longer at `expected`.
   */
  async writeDraftBlocks(
    tx: Queryable,
    tenant: string,
    record: StoredRecord,
    expected: string,
    blocks: readonly Block[],
    locale: string = DEFAULT_LOCALE,
  ): Promise<string | null> {
    const updatedAt = await this.touch(tx, tenant, record.collection, record.id, expected)
    if (updatedAt === null) return null
    if (locale === DEFAULT_LOCALE) {
      await tx.query(
        `UPDATE records SET draft_blocks_json = $1
         WHERE tenant = $2 AND collection = $3 AND id = $4`,
        [toJson(blocks), tenant, record.collection, record.id],
      )
    } else {
      await tx.query(
        `INSERT INTO basker_locale_blocks (tenant, collection, record_id, locale, draft_blocks_json)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant, collection, record_id, locale)
         DO UPDATE SET draft_blocks_json = EXCLUDED.draft_blocks_json`,
        [tenant, record.collection, record.id, locale, toJson(blocks)],
      )
    }
    return updatedAt
  }

  /** Moves the record's updatedAt on from `expected`; null when it is no longer there. */
  async touch(
    tx: Queryable,
    tenant: string,
    collection: string,
    id: string,
    expected: string,
  ): Promise<string | null> {
    const updatedAt = nextTimestamp(expected)
    const written = await tx.query(
      `UPDATE records SET updated_at = $1
       WHERE tenant = $2 AND collection = $3 AND id = $4 AND updated_at = $5`,
      [updatedAt, tenant, collection, id, expected],
    )
    return written.rowCount === 1 ? updatedAt : null
  }

  /** The record's own theme-setting values (read back on the record, as `themeSettings`). */
  async themeValues(tenant: string, collection: string, id: string): Promise<FieldValues> {
    const found = await this.db.query<{ settings_json: string }>(
      `SELECT settings_json FROM theme_settings
       WHERE tenant = $1 AND collection = $2 AND record_id = $3`,
      [tenant, collection, id],
    )
    const row = found.rows[0]
    return row ? fromJson<FieldValues>(row.settings_json) : {}
  }

  /** Title, slug and other plain fields; null when the record changed meanwhile. */
  async writeMeta(
    tx: Queryable,
    tenant: string,
    record: StoredRecord,
    next: { title: string; slug: string; fields: FieldValues },
  ): Promise<string | null> {
    const updatedAt = nextTimestamp(record.updatedAt)
    const written = await tx.query(
      `UPDATE records SET title = $1, slug = $2, fields_json = $3, updated_at = $4
       WHERE tenant = $5 AND collection = $6 AND id = $7 AND updated_at = $8`,
      [
        next.title,
        next.slug,
        toJson(next.fields),
        updatedAt,
        tenant,
        record.collection,
        record.id,
        record.updatedAt,
      ],
    )
    return written.rowCount === 1 ? updatedAt : null
  }

  async insert(tx: Queryable, tenant: string, record: StoredRecord): Promise<void> {
    await tx.query(
      `INSERT INTO records (tenant, collection, id, title, slug, fields_json, draft_blocks_json,
         published_blocks_json, created_at, updated_at, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        tenant,
        record.collection,
        record.id,
        record.title,
        record.slug,
        toJson(record.fields),
        toJson(record.draftBlocks),
        record.publishedBlocks === null ? null : toJson(record.publishedBlocks),
        record.createdAt,
        record.updatedAt,
        record.publishedAt,
      ],
    )
    await insertThemeSettings(tx, tenant, record.collection, record.id, {
      values: {},
      updatedAt: record.createdAt,
    })
  }

  async blockSchema(
    tenant: string,
    collection: string,
    q: Queryable = this.db,
  ): Promise<BlockTypeSchema[]> {
    const found = await q.query<{ schema_json: string }>(
      'SELECT schema_json FROM block_schemas WHERE tenant = $1 AND collection = $2',
      [tenant, collection],
    )
    const row = found.rows[0]
    return row ? fromJson<BlockTypeSchema[]>(row.schema_json) : []
  }
}
