// The reference backends' keys in the database: only a hash of each, with a label saying whose
// key it is, so a key provisioned for one backend (or one Drumee level) is told apart from
// another's. One INSERT and one lookup for every reference backend.
import type { Queryable } from '../storage/db'
import { hashKey } from './reference-keys'

/** Stores `key` (as its hash) under `label`; a key already stored keeps its first label. */
export const storeReferenceKey = async (
  db: Queryable,
  key: string,
  label: string,
): Promise<void> => {
  await db.query(
    'INSERT INTO api_keys (key_hash, label, created_at) VALUES ($1, $2, $3) ON CONFLICT (key_hash) DO NOTHING',
    [hashKey(key), label, new Date().toISOString()],
  )
}

/** The label stored with a key's hash, or null when no such key is stored. */
export const referenceKeyLabel = async (db: Queryable, keyHash: string): Promise<string | null> => {
  const found = await db.query<{ label: string }>(
    'SELECT label FROM api_keys WHERE key_hash = $1',
    [keyHash],
  )
  return found.rows[0]?.label ?? null
}
