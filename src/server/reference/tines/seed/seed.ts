// Seeds the demo cases at first start (never over existing data, so edits survive restarts);
// reset empties the Tines tables and seeds again with the same ids.
import type { Db, Queryable } from '../../../storage/db'
import { hasNote, noteTypeOf } from '../model'
import { uniqueSlug } from '../slug'
import { DEMO_CASES } from './demo-cases'
import type { SeedBlock } from './demo-cases'

const SEED_LOCK = 7_261_120_005

const insertBlock = async (
  tx: Queryable,
  caseId: number,
  block: SeedBlock,
  position: number,
  groupId: number | null,
  slugs: Set<string>,
  now: string,
): Promise<number> => {
  const slug = uniqueSlug(block.title, slugs)
  slugs.add(slug)
  const inserted = await tx.query<{ id: number }>(
    `INSERT INTO tines_blocks (case_id, slug, title, block_type, position, hidden, block_group_id,
       created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
    [caseId, slug, block.title, block.type, position, block.hidden ?? false, groupId, now],
  )
  const id = Number(inserted.rows[0]?.id)
  if (hasNote(block.type) || block.file) {
    await tx.query(
      `INSERT INTO tines_elements (block_id, element_type, content, note_type, color, file_json,
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
      block.file
        ? [id, 'file', null, null, null, JSON.stringify(block.file), now]
        : [
            id,
            'note',
            block.content ?? '',
            noteTypeOf(block.type),
            block.color ?? 'white',
            null,
            now,
          ],
    )
  }
  return id
}

const seedIn = async (tx: Queryable): Promise<void> => {
  const now = new Date().toISOString()
  for (const demo of DEMO_CASES) {
    const created = await tx.query<{ id: number }>(
      'INSERT INTO tines_cases (name, status, created_at, updated_at) VALUES ($1, $2, $3, $3) RETURNING id',
      [demo.name, demo.status, now],
    )
    const caseId = Number(created.rows[0]?.id)
    const slugs = new Set<string>()
    for (const [position, block] of demo.blocks.entries()) {
      const id = await insertBlock(tx, caseId, block, position, null, slugs, now)
      for (const [index, child] of (block.children ?? []).entries()) {
        await insertBlock(tx, caseId, child, index, id, slugs, now)
      }
    }
  }
}

export const ensureTinesSeed = (db: Db): Promise<boolean> =>
  db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`)
    if ((await tx.query('SELECT 1 FROM tines_cases LIMIT 1')).rowCount > 0) return false
    await seedIn(tx)
    return true
  })

export const resetTinesSeed = (db: Db): Promise<void> =>
  db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`)
    await tx.query('TRUNCATE tines_elements, tines_blocks, tines_cases RESTART IDENTITY CASCADE')
    await seedIn(tx)
  })
