// PostgreSQL driver over a pg Pool; used when DATABASE_URL is set.
import pg from 'pg'
import type { Db, Queryable, QueryResult, Row } from './db'

interface PgClientLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>
}

const run = async <T extends Row>(
  target: PgClientLike,
  sql: string,
  params: readonly unknown[] = [],
): Promise<QueryResult<T>> => {
  const result = await target.query(sql, [...params])
  // pg hands back untyped rows; the SQL that produced them fixes their columns.
  return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 }
}

export const openPostgresDb = async (connectionString: string, max = 10): Promise<Db> => {
  const pool = new pg.Pool({ connectionString, max })
  // An idle client that loses its connection emits 'error'; without a listener it kills the process.
  pool.on('error', (error) => console.error(`postgres pool error: ${error.message}`))
  // Fail at start, with the driver's message, rather than on the first request.
  await pool.query('SELECT 1')
  let closed = false
  return {
    driver: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    transaction: async (fn) => {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const scoped: Queryable = { query: (sql, params) => run(client, sql, params) }
        const result = await fn(scoped)
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: async () => {
      if (closed) return
      closed = true
      await pool.end()
    },
  }
}
