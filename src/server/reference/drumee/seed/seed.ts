// Seeds the demo hub once (pages in en and fr, desktop and mobile, some published, some with
// history); reset empties the Drumee tables and seeds again, ids and serials from 1.
import type { Db, Queryable } from '../../../storage/db'
import { textOf, withMeta } from '../letc'
import { SEED_PAGES } from './pages'

const TABLES = 'drumee_log, drumee_variants, drumee_versions, drumee_blocks'

const seedPages = async (tx: Queryable): Promise<void> => {
  for (const page of SEED_PAGES) {
    const created = page.variants[0]?.versions[0]?.at ?? new Date(0).toISOString()
    const inserted = await tx.query<{ id: number }>(
      `INSERT INTO drumee_blocks (hashtag, editor, type, created_at, updated_at)
       VALUES ($1, 'creator', 'page', $2, $2) RETURNING id`,
      [page.hashtag, created],
    )
    const id = Number(inserted.rows[0]?.id)
    let serial = 0
    let updated = created
    for (const variant of page.variants) {
      const serials: number[] = []
      for (const version of variant.versions) {
        serial += 1
        serials.push(serial)
        const letc = { kind: 'page', kids: version.kids }
        const meta = {
          id,
          hashtag: page.hashtag,
          device: variant.device,
          lang: variant.lang,
          serial,
        }
        await tx.query(
          `INSERT INTO drumee_versions (block_id, device, lang, serial, base_serial, letc,
             text_index, comment, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            id,
            variant.device,
            variant.lang,
            serial,
            serials.length > 1 ? serials[serials.length - 2] : null,
            withMeta(letc, meta),
            textOf(letc),
            version.comment,
            version.at,
          ],
        )
        if (version.at > updated) updated = version.at
      }
      await tx.query(
        `INSERT INTO drumee_variants (block_id, device, lang, current_serial, online_serial)
         VALUES ($1, $2, $3, $4, $5)`,
        [
          id,
          variant.device,
          variant.lang,
          serials[serials.length - 1],
          variant.online === undefined ? null : serials[variant.online],
        ],
      )
    }
    await tx.query('UPDATE drumee_blocks SET updated_at = $2 WHERE id = $1', [id, updated])
  }
}

export const ensureDrumeeSeed = (db: Db): Promise<void> =>
  db.transaction(async (tx) => {
    const found = await tx.query('SELECT 1 FROM drumee_blocks LIMIT 1')
    if (found.rowCount === 0) await seedPages(tx)
  })

export const resetDrumeeSeed = (db: Db): Promise<void> =>
  db.transaction(async (tx) => {
    await tx.query(`TRUNCATE ${TABLES} RESTART IDENTITY`)
    await seedPages(tx)
  })
