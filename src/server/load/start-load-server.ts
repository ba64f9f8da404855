// Starts the real server in-process for a load run, listening on an ephemeral loopback port, on
// PGlite in a temporary data directory or on PostgreSQL in a schema of its own (dropped at stop);
// on PostgreSQL also several servers on that one schema, as behind a load balancer.
// The reference backend's rate limits are raised: a load run measures the server, not Basker's
// documented 20 writes per minute.
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { startListening } from '../start-listening'
import { openPostgresDb } from '../storage/postgres-db'
import { tempDataDir } from '../test-support'

export type LoadDriver = 'pglite' | 'postgres'

export interface LoadServer {
  origin: string
  driver: LoadDriver
  stop(): Promise<void>
}

const UNLIMITED = 1_000_000

/** A connection string whose search_path is a fresh schema, and how to drop it. */
const scopedSchema = async (url: string): Promise<{ url: string; drop: () => Promise<void> }> => {
  const schema = `load_${randomBytes(6).toString('hex')}`
  const admin = await openPostgresDb(url, 1)
  try {
    await admin.query(`CREATE SCHEMA ${schema}`)
  } finally {
    await admin.close()
  }
  const scoped = new URL(url)
  scoped.searchParams.set('options', `-c search_path=${schema}`)
  return {
    url: scoped.toString(),
    drop: async () => {
      const cleanup = await openPostgresDb(url, 1)
      try {
        await cleanup.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      } finally {
        await cleanup.close()
      }
    },
  }
}

export interface LoadServers {
  origins: string[]
  driver: LoadDriver
  stop(): Promise<void>
}

const listen = async (
  databaseUrl: string | null,
  dataDir: string,
): Promise<{ origin: string; stop: () => Promise<void> }> => {
  const server = await startListening({
    dataDir,
    env: {
      ...(databaseUrl === null ? {} : { DATABASE_URL: databaseUrl }),
      BASKER_RATE_READS: String(UNLIMITED),
      BASKER_RATE_WRITES: String(UNLIMITED),
    },
  })
  return { origin: server.origin, stop: server.stop }
}

/**
 * `count` servers on one PostgreSQL schema (each with its own data directory for keys, sharing
 * rows, sessions, rate windows and the login throttle), started one after another so the first
 * migrates and seeds.
 */
export const startLoadServers = async (
  postgresUrl: string,
  count: number,
): Promise<LoadServers> => {
  const schema = await scopedSchema(postgresUrl)
  // One DATA_DIR for all, as servers behind a load balancer share their configuration (the keys).
  const dataDir = await tempDataDir()
  const started: { origin: string; stop: () => Promise<void> }[] = []
  const stopAll = async (): Promise<void> => {
    for (const server of started) await server.stop()
    await schema.drop()
    await rm(dataDir, { recursive: true, force: true })
  }
  try {
    for (let i = 0; i < count; i += 1) started.push(await listen(schema.url, dataDir))
  } catch (error) {
    await stopAll()
    throw error
  }
  return { origins: started.map((server) => server.origin), driver: 'postgres', stop: stopAll }
}

/** postgresUrl: the database to use (a schema is made in it); null → PGlite. */
export const startLoadServer = async (postgresUrl: string | null): Promise<LoadServer> => {
  const schema = postgresUrl === null ? null : await scopedSchema(postgresUrl)
  const dataDir = await tempDataDir()
  const server = await listen(schema?.url ?? null, dataDir)
  return {
    origin: server.origin,
    driver: schema === null ? 'pglite' : 'postgres',
    stop: async () => {
      await server.stop()
      await schema?.drop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
