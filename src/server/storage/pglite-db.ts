// PGlite driver: PostgreSQL compiled to WebAssembly, kept on disk, one connection per process.
import { setFlagsFromString } from 'node:v8'
import { PGlite } from '@electric-sql/pglite'
import type { Db, Queryable, QueryResult, Row } from './db'
import { ensurePgliteDataDir } from './pglite-initdb'

interface PGliteLike {
  query<T>(
    sql: string,
    params?: unknown[],
  ): Promise<{ rows: T[]; affectedRows?: number; fields: unknown[] }>
}

const run = async <T extends Row>(
  target: PGliteLike,
  sql: string,
  params: readonly unknown[] = [],
): Promise<QueryResult<T>> => {
  const result = await target.query<T>(sql, [...params])
  // affectedRows counts writes; a SELECT reports its rows instead (as pg's rowCount does).
  const rowCount = result.fields.length > 0 ? result.rows.length : (result.affectedRows ?? 0)
  return { rows: result.rows, rowCount }
}

/**
 * PostgreSQL's default 128 MB of shared buffers live in PGlite's WebAssembly memory, which never
 * shrinks: half the server's resident memory at idle. PGlite reads its files through Node, whose
 * page cache serves repeated reads, so a small buffer costs little (see bench/memory.ts).
 */
const SHARED_BUFFERS = '16MB'

/**
 * V8 runs PostgreSQL's WebAssembly with its baseline compiler (Liftoff) and recompiles hot
 * functions with its optimising one (TurboFan) on background threads; what those compilations
 * allocate stays in the threads' malloc arenas, 40 to 90 MB resident for the life of the server.
 * Liftoff alone answers this database's small queries as fast (about 1 ms a session read or
 * write either way; the recompilations compete with the requests for the CPU), so TurboFan is
 * turned off. The flag is process-wide, and is set only where PGlite runs (never with
 * DATABASE_URL); it must come before the first PGlite compiles its module.
 */
const PGLITE_V8_FLAGS = '--liftoff-only'

/** Opens the database in `dataDir`, creating it first (in a child process) when there is none. */
export const openPgliteDb = async (dataDir: string): Promise<Db> => {
  setFlagsFromString(PGLITE_V8_FLAGS)
  await ensurePgliteDataDir(dataDir)
  const pg = await PGlite.create({
    dataDir,
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
  })
  return {
    driver: 'pglite',
    query: (sql, params) => run(pg, sql, params),
    // PGlite serialises transactions and queries behind one mutex, so a transaction never
    // sees another caller's statements interleaved.
    transaction: (fn) =>
      pg.transaction((tx) => {
        const scoped: Queryable = { query: (sql, params) => run(tx, sql, params) }
        return fn(scoped)
      }),
    close: async () => {
      if (!pg.closed) await pg.close()
    },
  }
}
