// The Omerlo reference key: kept as "omerlo" in DATA_DIR/reference-keys.json for the proxy, stored
// in the database as a hash labelled for Omerlo, so no other backend's key is accepted here.
import type { Db } from '../../storage/db'
import { loadOrCreateNamedReferenceKey } from '../reference-keys'
import { storeReferenceKey } from '../stored-keys'

export const OMERLO_KEY_LABEL = 'omerlo reference key'

export const provisionOmerloKey = async (db: Db, dataDir: string): Promise<string> => {
  const key = await loadOrCreateNamedReferenceKey(dataDir, 'omerlo')
  await storeOmerloKey(db, key)
  return key
}

export const storeOmerloKey = (db: Db, key: string): Promise<void> =>
  storeReferenceKey(db, key, OMERLO_KEY_LABEL)
