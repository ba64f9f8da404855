// All SQL of the Drumee reference backend. A write runs in one transaction that first locks the
// block's row, so serials are handed out one at a time even across processes.
import type { Db, Queryable } from '../../storage/db'
import { referenceKeyLabel } from '../stored-keys'
import type { BlockRow, LogRow, VariantRow, VersionRow } from './model'

export interface NewVersion {
  blockId: number
  device: string
  lang: string
  serial: number
  baseSerial: number | null
  letc: string
  textIndex: string
  comment: string
  now: string
}

export interface LogEntry {
  blockId: number
  hashtag: string
  action: string
  device?: string
  lang?: string
  serial?: number
  now: string
}

export class DrumeeRepository {
  constructor(readonly db: Db) {}

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(fn)
  }

  keyLabel(keyHash: string): Promise<string | null> {
    return referenceKeyLabel(this.db, keyHash)
  }

  async blockById(q: Queryable, id: number, lock = false): Promise<BlockRow | null> {
    const sql = `SELECT * FROM drumee_blocks WHERE id = $1${lock ? ' FOR UPDATE' : ''}`
    return (await q.query<BlockRow>(sql, [id])).rows[0] ?? null
  }

  async blockByHashtag(q: Queryable, hashtag: string): Promise<BlockRow | null> {
    const sql = 'SELECT * FROM drumee_blocks WHERE hashtag = $1'
    return (await q.query<BlockRow>(sql, [hashtag])).rows[0] ?? null
  }

  async insertBlock(
    tx: Queryable,
    row: { hashtag: string; editor: string; type: string; now: string },
  ): Promise<BlockRow> {
    const result = await tx.query<BlockRow>(
      `INSERT INTO drumee_blocks (hashtag, editor, type, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $4) RETURNING *`,
      [row.hashtag, row.editor, row.type, row.now],
    )
    return result.rows[0] as BlockRow
  }

  async renameBlock(tx: Queryable, id: number, hashtag: string, now: string): Promise<void> {
    await tx.query('UPDATE drumee_blocks SET hashtag = $2, updated_at = $3 WHERE id = $1', [
      id,
      hashtag,
      now,
    ])
  }

  async touchBlock(tx: Queryable, id: number, now: string): Promise<void> {
    await tx.query('UPDATE drumee_blocks SET updated_at = $2 WHERE id = $1', [id, now])
  }

  async deleteBlock(tx: Queryable, id: number): Promise<void> {
    await tx.query('DELETE FROM drumee_blocks WHERE id = $1', [id])
  }

  async variants(q: Queryable, blockIds: readonly number[]): Promise<VariantRow[]> {
    if (blockIds.length === 0) return []
    const sql = `SELECT * FROM drumee_variants WHERE block_id = ANY($1::int[])
      ORDER BY block_id, device, lang`
    return (await q.query<VariantRow>(sql, [[...blockIds]])).rows
  }

  async variant(
    q: Queryable,
    blockId: number,
    device: string,
    lang: string,
  ): Promise<VariantRow | null> {
    const sql = 'SELECT * FROM drumee_variants WHERE block_id = $1 AND device = $2 AND lang = $3'
    return (await q.query<VariantRow>(sql, [blockId, device, lang])).rows[0] ?? null
  }

  async setVariant(
    tx: Queryable,
    blockId: number,
    device: string,
    lang: string,
    pointers: { current: number; online: number | null },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO drumee_variants (block_id, device, lang, current_serial, online_serial)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (block_id, device, lang)
       DO UPDATE SET current_serial = $4, online_serial = $5`,
      [blockId, device, lang, pointers.current, pointers.online],
    )
  }

  async deleteVariant(tx: Queryable, blockId: number, device: string, lang: string) {
    await tx.query(
      'DELETE FROM drumee_versions WHERE block_id = $1 AND device = $2 AND lang = $3',
      [blockId, device, lang],
    )
    await tx.query(
      'DELETE FROM drumee_variants WHERE block_id = $1 AND device = $2 AND lang = $3',
      [blockId, device, lang],
    )
  }

  async nextSerial(tx: Queryable, blockId: number): Promise<number> {
    const sql = 'SELECT coalesce(max(serial), 0)::int AS n FROM drumee_versions WHERE block_id = $1'
    const result = await tx.query<{ n: number }>(sql, [blockId])
    return Number(result.rows[0]?.n ?? 0) + 1
  }

  async version(q: Queryable, blockId: number, serial: number): Promise<VersionRow | null> {
    const sql = 'SELECT * FROM drumee_versions WHERE block_id = $1 AND serial = $2'
    return (await q.query<VersionRow>(sql, [blockId, serial])).rows[0] ?? null
  }

  async versionByHistoryId(q: Queryable, historyId: number): Promise<VersionRow | null> {
    const sql = 'SELECT * FROM drumee_versions WHERE history_id = $1'
    return (await q.query<VersionRow>(sql, [historyId])).rows[0] ?? null
  }

  async insertVersion(tx: Queryable, v: NewVersion): Promise<VersionRow> {
    const result = await tx.query<VersionRow>(
      `INSERT INTO drumee_versions (block_id, device, lang, serial, base_serial, letc,
         text_index, comment, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [v.blockId, v.device, v.lang, v.serial, v.baseSerial, v.letc, v.textIndex, v.comment, v.now],
    )
    return result.rows[0] as VersionRow
  }

  async overwriteVersion(
    tx: Queryable,
    historyId: number,
    fields: { letc: string; textIndex: string; comment: string; now: string },
  ): Promise<void> {
    await tx.query(
      `UPDATE drumee_versions SET letc = $2, text_index = $3, comment = $4, created_at = $5
       WHERE history_id = $1`,
      [historyId, fields.letc, fields.textIndex, fields.comment, fields.now],
    )
  }

  async restampVersions(
    tx: Queryable,
    blockId: number,
    restamp: (row: VersionRow) => string,
  ): Promise<void> {
    const rows = await tx.query<VersionRow>('SELECT * FROM drumee_versions WHERE block_id = $1', [
      blockId,
    ])
    for (const row of rows.rows) {
      await tx.query('UPDATE drumee_versions SET letc = $2 WHERE history_id = $1', [
        row.history_id,
        restamp(row),
      ])
    }
  }

  /** Newest first, optionally within one month ('YYYY-MM' prefix of created_at). */
  async history(
    q: Queryable,
    filter: { blockId: number; device: string; lang: string; month: string | null },
    page: { offset: number; limit: number },
  ): Promise<VersionRow[]> {
    const sql = `SELECT history_id, block_id, device, lang, serial, base_serial, comment,
        created_at, '' AS letc
      FROM drumee_versions
      WHERE block_id = $1 AND device = $2 AND lang = $3
        AND ($4::text IS NULL OR substr(created_at, 1, 7) = $4)
      ORDER BY serial DESC LIMIT $5 OFFSET $6`
    const params = [filter.blockId, filter.device, filter.lang, filter.month, page.limit]
    return (await q.query<VersionRow>(sql, [...params, page.offset])).rows
  }

  async listBlocks(
    filter: { editor: string | null; name: string; ids: number[] | null },
    sort: { column: 'id' | 'hashtag' | 'updated_at'; direction: 'ASC' | 'DESC' },
    page: { offset: number; limit: number },
  ): Promise<BlockRow[]> {
    // Column and direction come from closed sets above, never from the request text.
    const sql = `SELECT * FROM drumee_blocks
      WHERE ($1::text IS NULL OR editor = $1)
        AND ($2::text = '' OR position(lower($2) IN lower(hashtag)) > 0)
        AND ($3::int[] IS NULL OR id = ANY($3::int[]))
      ORDER BY ${sort.column} ${sort.direction}, id ${sort.direction} LIMIT $4 OFFSET $5`
    const params = [filter.editor, filter.name, filter.ids, page.limit, page.offset]
    return (await this.db.query<BlockRow>(sql, params)).rows
  }

  /** Current versions whose text holds every word, newest block first. */
  async search(
    words: readonly string[],
    page: { offset: number; limit: number },
  ): Promise<(VersionRow & { hashtag: string; text_index: string })[]> {
    const sql = `SELECT v.history_id, v.block_id, v.device, v.lang, v.serial, v.created_at,
        v.text_index, b.hashtag
      FROM drumee_variants t
      JOIN drumee_versions v ON v.block_id = t.block_id AND v.serial = t.current_serial
      JOIN drumee_blocks b ON b.id = t.block_id
      WHERE (SELECT bool_and(position(lower(w) IN lower(v.text_index)) > 0)
             FROM unnest($1::text[]) AS w) IS NOT FALSE
      ORDER BY b.id DESC, v.device, v.lang LIMIT $2 OFFSET $3`
    type Hit = VersionRow & { hashtag: string; text_index: string }
    return (await this.db.query<Hit>(sql, [[...words], page.limit, page.offset])).rows
  }

  async log(tx: Queryable, entry: LogEntry): Promise<void> {
    await tx.query(
      `INSERT INTO drumee_log (block_id, hashtag, action, device, lang, serial, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.blockId,
        entry.hashtag,
        entry.action,
        entry.device ?? null,
        entry.lang ?? null,
        entry.serial ?? null,
        entry.now,
      ],
    )
  }

  async logPage(
    direction: 'ASC' | 'DESC',
    page: { offset: number; limit: number },
  ): Promise<LogRow[]> {
    const sql = `SELECT * FROM drumee_log ORDER BY id ${direction} LIMIT $1 OFFSET $2`
    return (await this.db.query<LogRow>(sql, [page.limit, page.offset])).rows
  }
}
