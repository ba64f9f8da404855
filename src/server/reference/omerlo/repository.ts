// All SQL of the Omerlo reference backend. A write locks its profile's row first, so two writers
// of one profile (even in other processes) queue instead of losing one another's arrays.
import type { Db, Queryable } from '../../storage/db'
import { referenceKeyLabel } from '../stored-keys'
import type { BlockTypeRow, ProfileKind, ProfileRow, StoredBlock } from './model'

export interface Listed<T> {
  rows: T[]
  total: number
}

export interface ContentRow extends Record<string, unknown> {
  id: string
  title: string
  created_at: string
}

const like = (search: string): string => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

export class OmerloRepository {
  constructor(readonly db: Db) {}

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(fn)
  }

  async keyValid(keyHash: string, label: string): Promise<boolean> {
    return (await referenceKeyLabel(this.db, keyHash)) === label
  }

  async blockTypes(): Promise<BlockTypeRow[]> {
    return (await this.db.query<BlockTypeRow>('SELECT * FROM omerlo_block_types ORDER BY id')).rows
  }

  async listContents(search: string, limit: number, offset: number): Promise<Listed<ContentRow>> {
    const filter = search === '' ? '' : "WHERE title ILIKE $1 ESCAPE '\\'"
    const base = search === '' ? [] : [like(search)]
    const total = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM omerlo_contents ${filter}`,
      base,
    )
    const n = base.length
    const rows = await this.db.query<ContentRow>(
      `SELECT * FROM omerlo_contents ${filter} ORDER BY created_at, id
       LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...base, limit, offset],
    )
    return { rows: rows.rows, total: Number(total.rows[0]?.n ?? 0) }
  }

  async contentTitles(q: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map()
    const found = await q.query<{ id: string; title: string }>(
      'SELECT id, title FROM omerlo_contents WHERE id = ANY($1::text[])',
      [[...ids]],
    )
    return new Map(found.rows.map((row) => [row.id, row.title]))
  }

  /** Names and kinds of the given profiles (the ones that exist). */
  async profileNames(
    q: Queryable,
    ids: readonly string[],
  ): Promise<Map<string, { name: string; kind: ProfileKind }>> {
    if (ids.length === 0) return new Map()
    const found = await q.query<{ id: string; name: string; kind: ProfileKind }>(
      'SELECT id, name, kind FROM omerlo_profiles WHERE id = ANY($1::text[])',
      [[...ids]],
    )
    return new Map(found.rows.map((row) => [row.id, { name: row.name, kind: row.kind }]))
  }

  async listProfiles(
    kind: ProfileKind,
    search: string,
    limit: number,
    offset: number,
  ): Promise<Listed<ProfileRow>> {
    const filter = search === '' ? '' : "AND name ILIKE $2 ESCAPE '\\'"
    const base = search === '' ? [kind] : [kind, like(search)]
    const total = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM omerlo_profiles WHERE kind = $1 ${filter}`,
      base,
    )
    const n = base.length
    const rows = await this.db.query<ProfileRow>(
      `SELECT * FROM omerlo_profiles WHERE kind = $1 ${filter}
       ORDER BY created_at, id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...base, limit, offset],
    )
    return { rows: rows.rows, total: Number(total.rows[0]?.n ?? 0) }
  }

  async getProfile(
    q: Queryable,
    kind: ProfileKind,
    id: string,
    lock = false,
  ): Promise<ProfileRow | null> {
    const sql = `SELECT * FROM omerlo_profiles WHERE kind = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`
    return (await q.query<ProfileRow>(sql, [kind, id])).rows[0] ?? null
  }

  async saveBlocks(tx: Queryable, id: string, blocks: StoredBlock[], now: string): Promise<void> {
    await tx.query('UPDATE omerlo_profiles SET blocks_json = $2, updated_at = $3 WHERE id = $1', [
      id,
      JSON.stringify(blocks),
      now,
    ])
  }
}

export const blocksOf = (profile: ProfileRow): StoredBlock[] =>
  JSON.parse(profile.blocks_json) as StoredBlock[]
