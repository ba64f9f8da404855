import { join } from 'node:path'
import type { Db } from './db'
import { openPgliteDb } from './pglite-db'
import { openPostgresDb } from './postgres-db'

/** PostgreSQL when a URL is given, else PGlite on disk in DATA_DIR/pglite. */
export const openDb = async (options: {
  databaseUrl: string | null
  dataDir: string
}): Promise<Db> => {
  if (options.databaseUrl) return openPostgresDb(options.databaseUrl)
  return openPgliteDb(join(options.dataDir, 'pglite'))
}
