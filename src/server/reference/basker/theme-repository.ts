// SQL of the theme settings: their schemas (site-wide and per collection) and their values,
// written under the same `updated_at = $old` guard as blocks.
import type { FieldSchema, FieldValues } from '../../../core/types'
import type { Db, Queryable } from '../../storage/db'
import { nextTimestamp } from '../../storage/timestamps'
import { fromJson, toJson } from './json'

export interface ThemeSettings {
  values: FieldValues
  updatedAt: string
}

export const insertThemeSettings = async (
  tx: Queryable,
  tenant: string,
  collection: string,
  recordId: string,
  settings: ThemeSettings,
): Promise<void> => {
  await tx.query(
    `INSERT INTO theme_settings (tenant, collection, record_id, settings_json, updated_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [tenant, collection, recordId, toJson(settings.values), settings.updatedAt],
  )
}

export class ThemeRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(fn)
  }

  /** scope: a collection, or SITE_SCOPE for the site-wide settings. */
  async themeSchema(tenant: string, scope: string, q: Queryable = this.db): Promise<FieldSchema[]> {
    const found = await q.query<{ fields_json: string }>(
      'SELECT fields_json FROM theme_schemas WHERE tenant = $1 AND scope = $2',
      [tenant, scope],
    )
    const row = found.rows[0]
    return row ? fromJson<FieldSchema[]>(row.fields_json) : []
  }

  /** collection and recordId are both '' for the site-wide settings. */
  async themeSettings(
    tenant: string,
    collection: string,
    recordId: string,
    q: Queryable = this.db,
  ): Promise<ThemeSettings | null> {
    const found = await q.query<{ settings_json: string; updated_at: string }>(
      `SELECT settings_json, updated_at FROM theme_settings
       WHERE tenant = $1 AND collection = $2 AND record_id = $3`,
      [tenant, collection, recordId],
    )
    const row = found.rows[0]
    return row
      ? { values: fromJson<FieldValues>(row.settings_json), updatedAt: row.updated_at }
      : null
  }

  /** Returns the new updatedAt, or null when the settings are no longer at `expected`. */
  async writeThemeSettings(
    tx: Queryable,
    tenant: string,
    collection: string,
    recordId: string,
    expected: string,
    values: FieldValues,
  ): Promise<string | null> {
    const updatedAt = nextTimestamp(expected)
    const written = await tx.query(
      `UPDATE theme_settings SET settings_json = $1, updated_at = $2
       WHERE tenant = $3 AND collection = $4 AND record_id = $5 AND updated_at = $6`,
      [toJson(values), updatedAt, tenant, collection, recordId, expected],
    )
    return written.rowCount === 1 ? updatedAt : null
  }
}
