// Seeds the demo content at first start (never over existing data, so edits survive restarts);
// reset empties the Omerlo tables and seeds again with the same ids.
import type { Db, Queryable } from '../../../storage/db'
import { PROFILE_KINDS } from '../model'
import type { StoredBlock } from '../model'
import {
  CONTENT_PREFIX,
  DEMO_BLOCK_TYPES,
  DEMO_CONTENTS,
  DEMO_PROFILES,
  PROFILE_PREFIX,
  seedId,
  TYPE_PREFIX,
} from './demo'
import type { SeedProfile, SeedTarget } from './demo'

const SEED_LOCK = 7_261_120_003

/** Every profile's id, by kind and name, counted per kind in seed order. */
const profileIds = (): Map<string, string> => {
  const ids = new Map<string, string>()
  const counts = new Map<string, number>()
  for (const profile of DEMO_PROFILES) {
    const n = (counts.get(profile.kind) ?? 0) + 1
    counts.set(profile.kind, n)
    ids.set(`${profile.kind}/${profile.name}`, seedId(PROFILE_PREFIX[profile.kind], n))
  }
  return ids
}

const targetOf = (target: SeedTarget, profiles: Map<string, string>) => {
  if ('content' in target) {
    const index = DEMO_CONTENTS.indexOf(target.content)
    return { content_id: seedId(CONTENT_PREFIX, index + 1), relation_id: null }
  }
  const id = profiles.get(`${target.profile}/${target.name}`)
  if (id === undefined) throw new Error(`seed: no profile ${target.profile}/${target.name}`)
  return { content_id: null, relation_id: id }
}

const blocksOf = (
  profile: SeedProfile,
  profiles: Map<string, string>,
  counters: { block: number; entry: number },
  now: string,
): StoredBlock[] =>
  profile.blocks.map((block) => {
    counters.block += 1
    return {
      id: seedId('b1000000', counters.block),
      block_type_id: seedId(TYPE_PREFIX, block.type + 1),
      layout: block.layout,
      localized: [
        { locale: 'en', name: block.en },
        { locale: 'fr', name: block.fr },
      ],
      updated_at: now,
      entries: block.entries.map((target) => {
        counters.entry += 1
        return {
          id: seedId('e1000000', counters.entry),
          ...targetOf(target, profiles),
          updated_at: now,
        }
      }),
    }
  })

const seedIn = async (tx: Queryable): Promise<void> => {
  // Created a second apart, so lists (oldest first) come back in seed order.
  const start = Date.parse('2026-01-01T09:00:00.000Z')
  const at = (n: number) => new Date(start + n * 1000).toISOString()
  for (const [i, type] of DEMO_BLOCK_TYPES.entries()) {
    await tx.query('INSERT INTO omerlo_block_types (id, name, kind) VALUES ($1, $2, $3)', [
      seedId(TYPE_PREFIX, i + 1),
      type.name,
      type.kind,
    ])
  }
  for (const [i, title] of DEMO_CONTENTS.entries()) {
    await tx.query('INSERT INTO omerlo_contents (id, title, created_at) VALUES ($1, $2, $3)', [
      seedId(CONTENT_PREFIX, i + 1),
      title,
      at(i),
    ])
  }
  const ids = profileIds()
  const counters = { block: 0, entry: 0 }
  for (const [i, profile] of DEMO_PROFILES.entries()) {
    const now = at(100 + i)
    await tx.query(
      `INSERT INTO omerlo_profiles (id, kind, name, blocks_json, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5)`,
      [
        ids.get(`${profile.kind}/${profile.name}`),
        PROFILE_KINDS[profile.kind],
        profile.name,
        JSON.stringify(blocksOf(profile, ids, counters, now)),
        now,
      ],
    )
  }
}

export const ensureOmerloSeed = (db: Db): Promise<boolean> =>
  db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`)
    if ((await tx.query('SELECT 1 FROM omerlo_profiles LIMIT 1')).rowCount > 0) return false
    await seedIn(tx)
    return true
  })

export const resetOmerloSeed = (db: Db): Promise<void> =>
  db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`)
    await tx.query('DELETE FROM omerlo_profiles')
    await tx.query('DELETE FROM omerlo_contents')
    await tx.query('DELETE FROM omerlo_block_types')
    await seedIn(tx)
  })
