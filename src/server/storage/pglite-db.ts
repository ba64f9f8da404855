// PGlite driver: PostgreSQL compiled to WebAssembly, kept on disk, one connection per process.
import { PGlite } from '@electric-sql/pglite'
import type { Db, Queryable, QueryResult, Row } from './db'

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

export const openPgliteDb = async (dataDir: string): Promise<Db> => {
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
