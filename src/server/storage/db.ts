// One database interface over two drivers (PGlite on disk, PostgreSQL through pg), so every
// repository writes the same SQL for both.

export type Row = Record<string, unknown>

export interface QueryResult<T extends Row = Row> {
  rows: T[]
  /** Rows returned by a SELECT or changed by INSERT/UPDATE/DELETE. */
  rowCount: number
}

export interface Queryable {
  /** Runs one statement with `$1`-style parameters. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>
}

export interface Db extends Queryable {
  readonly driver: 'pglite' | 'postgres'
  /** Runs `fn` inside BEGIN … COMMIT; any throw rolls everything back and is rethrown. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}
