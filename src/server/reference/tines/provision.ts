// The Tines reference key: kept as "tines" in DATA_DIR/reference-keys.json for the proxy, stored
// in the database as a hash labelled for Tines, so the Basker key is not accepted here (nor back).
import type { Db } from '../../storage/db'
import { hashKey, loadOrCreateNamedReferenceKey } from '../reference-keys'

export const TINES_KEY_LABEL = 'tines reference key'

export const provisionTinesKey = async (db: Db, dataDir: string): Promise<string> => {
  const key = await loadOrCreateNamedReferenceKey(dataDir, 'tines')
  await db.query(
    'INSERT INTO api_keys (key_hash, label, created_at) VALUES ($1, $2, $3) ON CONFLICT (key_hash) DO NOTHING',
    [hashKey(key), TINES_KEY_LABEL, new Date().toISOString()],
  )
  return key
}
