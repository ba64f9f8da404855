// The Tines reference key: kept as "tines" in DATA_DIR/reference-keys.json for the proxy, stored
// in the database as a hash labelled for Tines, so the Basker key is not accepted here (nor back).
import type { Db } from '../../storage/db'
import { loadOrCreateNamedReferenceKey } from '../reference-keys'
import { storeReferenceKey } from '../stored-keys'

export const TINES_KEY_LABEL = 'tines reference key'

export const provisionTinesKey = async (db: Db, dataDir: string): Promise<string> => {
  const key = await loadOrCreateNamedReferenceKey(dataDir, 'tines')
  await storeReferenceKey(db, key, TINES_KEY_LABEL)
  return key
}
