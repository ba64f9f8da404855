// The live part of the server: a hub over the server's database (an in-memory bus on PGlite,
// LISTEN/NOTIFY on PostgreSQL) and its /api/live routes.
import type { ServerConfig } from '../config'
import type { Db } from '../storage/db'
import { createMemoryBus } from './bus'
import { createLiveHub, type LiveHub } from './hub'
import { createPgBus } from './pg-bus'

export { mountLive } from './routes'
export type { LiveHub } from './hub'
export type { LivePublish } from './publish'

export const createLive = (options: {
  db: Db
  config: ServerConfig
  log: (line: string) => void
}): Promise<LiveHub> => {
  const { db, config, log } = options
  const bus =
    db.driver === 'postgres' && config.databaseUrl !== null
      ? createPgBus({ connectionString: config.databaseUrl, db, log })
      : createMemoryBus()
  return createLiveHub({ db, bus, log })
}
