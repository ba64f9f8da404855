// The Drumee reference keys, one per permission level above anonymous: kept in
// DATA_DIR/reference-keys.json ("drumee" is the admin key the proxy uses; "drumee-read",
// "drumee-write", "drumee-delete" let tests act at lower levels), stored in the database as
// hashes labelled with their level.
import type { Db } from '../../storage/db'
import { hashKey, loadOrCreateNamedReferenceKey } from '../reference-keys'
import { LEVELS } from './model'
import type { LevelName } from './model'

export const DRUMEE_KEY_LABEL_PREFIX = 'drumee reference key: '

const KEY_NAMES: Record<Exclude<LevelName, 'anonymous'>, string> = {
  admin: 'drumee',
  delete: 'drumee-delete',
  write: 'drumee-write',
  read: 'drumee-read',
}

/** The level a stored key label grants; null for a key of another backend. */
export const levelOfLabel = (label: string): number | null => {
  if (!label.startsWith(DRUMEE_KEY_LABEL_PREFIX)) return null
  const name = label.slice(DRUMEE_KEY_LABEL_PREFIX.length)
  return name in LEVELS ? LEVELS[name as LevelName] : null
}

/** Provisions every level's key; returns the admin key. */
export const provisionDrumeeKeys = async (db: Db, dataDir: string): Promise<string> => {
  let admin = ''
  // One after another: each adds its name to the same keys file.
  for (const [level, name] of Object.entries(KEY_NAMES)) {
    const key = await loadOrCreateNamedReferenceKey(dataDir, name)
    await db.query(
      'INSERT INTO api_keys (key_hash, label, created_at) VALUES ($1, $2, $3) ON CONFLICT (key_hash) DO NOTHING',
      [hashKey(key), `${DRUMEE_KEY_LABEL_PREFIX}${level}`, new Date().toISOString()],
    )
    if (level === 'admin') admin = key
  }
  return admin
}
