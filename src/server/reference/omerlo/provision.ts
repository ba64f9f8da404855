// The Omerlo reference key: kept as "omerlo" in DATA_DIR/reference-keys.json for the proxy, stored
// in the database as a hash labelled for Omerlo, so no other backend's key is accepted here.
import type { Db } from '../../storage/db'
import { hashKey, loadOrCreateNamedReferenceKey } from '../reference-keys'

export const OMERLO_KEY_LABEL = 'omerlo reference key'

export const provisionOmerloKey = async (db: Db, dataDir: string): Promise<string> => {
  const key = await loadOrCreateNamedReferenceKey(dataDir, 'omerlo')
  await storeOmerloKey(db, key)
  return key
}

export const storeOmerloKey = async (db: Db, key: string): Promise<void> => {
  await db.query(
    'INSERT INTO api_keys (key_hash, label, created_at) VALUES ($1, $2, $3) ON CONFLICT (key_hash) DO NOTHING',
    [hashKey(key), OMERLO_KEY_LABEL, new Date().toISOString()],
  )
}
