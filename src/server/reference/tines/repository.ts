// All SQL of the Tines reference backend. Writes run in one transaction that first locks the
// case row, so concurrent writers to one case (even in other processes) queue instead of
// interleaving their position shifts.
import type { Db, Queryable } from '../../storage/db'
import { referenceKeyLabel } from '../stored-keys'
import type { BlockRow, CaseRow, ElementRow } from './model'
import type { Placement } from './ordering'

const BLOCK_COLUMNS =
  'id, case_id, slug, title, block_type, position, hidden, block_group_id, created_at, updated_at'

export interface NewBlockRow {
  caseId: number
  slug: string
  title: string
  blockType: string
  hidden: boolean
  now: string
}

export interface NewElementRow {
  blockId: number
  elementType: 'note' | 'file'
  content: string | null
  noteType: string | null
  color: string | null
  fileJson: string | null
  now: string
}

export class TinesRepository {
  constructor(readonly db: Db) {}

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(fn)
  }

  async keyValid(keyHash: string, label: string): Promise<boolean> {
    return (await referenceKeyLabel(this.db, keyHash)) === label
  }

  async listCases(limit: number, offset: number): Promise<{ rows: CaseRow[]; count: number }> {
    const total = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tines_cases')
    const rows = await this.db.query<CaseRow>(
      'SELECT * FROM tines_cases ORDER BY id LIMIT $1 OFFSET $2',
      [limit, offset],
    )
    return { rows: rows.rows, count: Number(total.rows[0]?.n ?? 0) }
  }

  async getCase(q: Queryable, id: number, lock = false): Promise<CaseRow | null> {
    const sql = `SELECT * FROM tines_cases WHERE id = $1${lock ? ' FOR UPDATE' : ''}`
    return (await q.query<CaseRow>(sql, [id])).rows[0] ?? null
  }

  async blocksOf(q: Queryable, caseId: number): Promise<BlockRow[]> {
    const sql = `SELECT ${BLOCK_COLUMNS} FROM tines_blocks WHERE case_id = $1 ORDER BY position, id`
    return (await q.query<BlockRow>(sql, [caseId])).rows
  }

  async elementsOf(q: Queryable, blockIds: readonly number[]): Promise<ElementRow[]> {
    if (blockIds.length === 0) return []
    const sql = 'SELECT * FROM tines_elements WHERE block_id = ANY($1::int[]) ORDER BY element_id'
    return (await q.query<ElementRow>(sql, [[...blockIds]])).rows
  }

  async insertBlock(tx: Queryable, row: NewBlockRow): Promise<number> {
    const result = await tx.query<{ id: number }>(
      `INSERT INTO tines_blocks (case_id, slug, title, block_type, position, hidden,
         block_group_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 2147483647, $5, NULL, $6, $6) RETURNING id`,
      [row.caseId, row.slug, row.title, row.blockType, row.hidden, row.now],
    )
    return Number(result.rows[0]?.id)
  }

  async insertElement(tx: Queryable, row: NewElementRow): Promise<number> {
    const result = await tx.query<{ element_id: number }>(
      `INSERT INTO tines_elements (block_id, element_type, content, note_type, color, file_json,
         created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING element_id`,
      [row.blockId, row.elementType, row.content, row.noteType, row.color, row.fileJson, row.now],
    )
    return Number(result.rows[0]?.element_id)
  }

  /** Writes moved positions; the block that moved also gets a new updated_at. */
  async writePlacements(
    tx: Queryable,
    placements: readonly Placement[],
    movedId: number | null,
    now: string,
  ): Promise<void> {
    for (const p of placements) {
      await tx.query(
        `UPDATE tines_blocks SET position = $2, block_group_id = $3,
           updated_at = CASE WHEN id = $4 THEN $5 ELSE updated_at END WHERE id = $1`,
        [p.id, p.position, p.groupId, movedId, now],
      )
    }
  }

  async updateBlock(
    tx: Queryable,
    id: number,
    fields: { title: string; slug: string; hidden: boolean },
    now: string,
  ): Promise<void> {
    await tx.query(
      'UPDATE tines_blocks SET title = $2, slug = $3, hidden = $4, updated_at = $5 WHERE id = $1',
      [id, fields.title, fields.slug, fields.hidden, now],
    )
  }

  async updateElement(
    tx: Queryable,
    elementId: number,
    fields: { content: string | null; color: string | null },
    now: string,
  ): Promise<void> {
    await tx.query(
      'UPDATE tines_elements SET content = $2, color = $3, updated_at = $4 WHERE element_id = $1',
      [elementId, fields.content, fields.color, now],
    )
  }

  async deleteBlocks(tx: Queryable, ids: readonly number[]): Promise<void> {
    await tx.query('DELETE FROM tines_blocks WHERE id = ANY($1::int[])', [[...ids]])
  }

  async touchCase(tx: Queryable, caseId: number, now: string): Promise<void> {
    await tx.query('UPDATE tines_cases SET updated_at = $2 WHERE id = $1', [caseId, now])
  }
}
