// Seeds the Kragle demo at first start (never over existing data, so edits survive restarts);
// reset empties the Kragle tables and seeds again with the same ids. The reference user
// ("editor") logs in with the password generated into DATA_DIR; the curator and the stranger own
// types but cannot log in.
import type { Db, Queryable } from '../../../storage/db'
import { KragleRepository } from '../repository'
import { SEED_STACKS, SEED_TYPES } from './demo-types'

const SEED_LOCK = 7_261_120_007
export const REFERENCE_USERNAME = 'editor'

const USERS = [
  { key: 'editor', username: REFERENCE_USERNAME, email: 'editor@kragle.example' },
  { key: 'curator', username: 'curator', email: 'curator@kragle.example' },
  { key: 'stranger', username: 'stranger', email: 'stranger@kragle.example' },
] as const

const seedIn = async (db: Db, tx: Queryable, passwordHash: string): Promise<void> => {
  const now = new Date().toISOString()
  const ids = new Map<string, number>()
  for (const user of USERS) {
    const created = await tx.query(
      `INSERT INTO kragle_users (username, email, password_hash, created_at)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [user.username, user.email, user.key === 'editor' ? passwordHash : null, now],
    )
    ids.set(user.key, Number(created.rows[0]?.id))
  }
  const repo = new KragleRepository(db)
  for (const type of SEED_TYPES) {
    await repo.createType(
      {
        owner: ids.get(type.owner) ?? 0,
        name: type.name,
        definitionJson: JSON.stringify(type.definition),
        isRemote: typeof type.definition === 'string',
        resolvedJson: JSON.stringify(type.resolved ?? type.definition),
        needsApproval: type.needsApproval ?? false,
        isApproved: type.approved,
      },
      tx,
    )
  }
  for (const stack of SEED_STACKS) {
    const instanceIds = await repo.instanceIds(stack.blocks.length, tx)
    const blocks = stack.blocks.map(([type, conversion, options], i) => ({
      id: instanceIds[i] ?? 0,
      type,
      conversion,
      options,
    }))
    await repo.createStack(ids.get('editor') ?? 0, stack.name, blocks, tx)
  }
}

export const ensureKragleSeed = (db: Db, passwordHash: string): Promise<boolean> =>
  db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`)
    if ((await tx.query('SELECT 1 FROM kragle_users LIMIT 1')).rowCount > 0) {
      // The password file may have been regenerated (a new DATA_DIR on the same PostgreSQL).
      await tx.query('UPDATE kragle_users SET password_hash = $1 WHERE username = $2', [
        passwordHash,
        REFERENCE_USERNAME,
      ])
      return false
    }
    await seedIn(db, tx, passwordHash)
    return true
  })

export const resetKragleSeed = (db: Db, passwordHash: string): Promise<void> =>
  db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`)
    await tx.query(
      'TRUNCATE kragle_stacks, kragle_blocktypes, kragle_users RESTART IDENTITY CASCADE',
    )
    await tx.query('ALTER SEQUENCE kragle_instance_ids RESTART')
    await seedIn(db, tx, passwordHash)
  })
