// The Drumee reference users, one per permission level above anonymous: their passwords are kept
// in DATA_DIR/reference-keys.json under their ident ("drumee" is the admin the proxy logs in as;
// "drumee-read", "drumee-write", "drumee-delete" let tests act at lower levels) and stored in the
// database as hashes labelled with their level.
import type { Db } from '../../storage/db'
import { loadOrCreateNamedReferenceKey } from '../reference-keys'
import { storeReferenceKey } from '../stored-keys'
import { LEVELS } from './model'
import type { LevelName } from './model'

export const DRUMEE_KEY_LABEL_PREFIX = 'drumee reference key: '

/** Each level's reference user (its ident is also its name in reference-keys.json). */
export const IDENTS: Record<Exclude<LevelName, 'anonymous'>, string> = {
  admin: 'drumee',
  delete: 'drumee-delete',
  write: 'drumee-write',
  read: 'drumee-read',
}

/** The ident the proxy logs in as on the reference hub. */
export const REFERENCE_IDENT = IDENTS.admin

/** The level a stored password label grants; null for a key of another backend. */
export const levelOfLabel = (label: string): number | null => {
  if (!label.startsWith(DRUMEE_KEY_LABEL_PREFIX)) return null
  const name = label.slice(DRUMEE_KEY_LABEL_PREFIX.length)
  return name in LEVELS ? LEVELS[name as LevelName] : null
}

/** Provisions every level's user; returns the admin's password. */
export const provisionDrumeeKeys = async (db: Db, dataDir: string): Promise<string> => {
  let admin = ''
  // One after another: each adds its name to the same keys file.
  for (const [level, name] of Object.entries(IDENTS)) {
    const key = await loadOrCreateNamedReferenceKey(dataDir, name)
    await storeReferenceKey(db, key, `${DRUMEE_KEY_LABEL_PREFIX}${level}`)
    if (level === 'admin') admin = key
  }
  return admin
}
