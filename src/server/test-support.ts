// Helpers for the server's tests: a config on a temporary data directory and a request helper
// for the Basker reference backend. Not used by the running server.
import { access, cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, type ServerHandle } from './app'
import { loadConfig, type ServerConfig } from './config'
import { ensurePgliteDataDir } from './storage/pglite-initdb'

export const tempDir = (prefix = 'editor-server-'): Promise<string> =>
  mkdtemp(join(tmpdir(), prefix))

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  )

/**
 * A freshly initialised PGlite data directory, made once per PGlite version and shared by the
 * test files: initdb is most of PGlite's start-up time.
 */
const pgliteTemplate = async (): Promise<string> => {
  const pkg = join(process.cwd(), 'node_modules', '@electric-sql', 'pglite', 'package.json')
  const { version } = JSON.parse(await readFile(pkg, 'utf8')) as { version: string }
  const dir = join(tmpdir(), `editor-test-pglite-${version}`)
  if (await exists(join(dir, 'PG_VERSION'))) return dir
  // As the server does: in a child process, renamed into place (a concurrent worker's wins).
  await ensurePgliteDataDir(dir)
  return dir
}

/** A temporary DATA_DIR whose PGlite database is initialised but empty (not migrated). */
export const tempDataDir = async (): Promise<string> => {
  const dataDir = await tempDir()
  await cp(await pgliteTemplate(), join(dataDir, 'pglite'), { recursive: true })
  return dataDir
}

/**
 * The server's tests read several reference backends from one server (a Basker key refused by
 * Tines, say), so every reference starts here unless `references` says otherwise.
 */
export const testConfig = (
  dataDir: string,
  overrides: Partial<ServerConfig> = {},
): ServerConfig => ({
  ...loadConfig({ DATA_DIR: dataDir, PORT: '0', REFERENCE_BACKENDS: 'all' }),
  distDir: join(dataDir, 'no-dist'),
  ...overrides,
})

export interface TestServer extends ServerHandle {
  dataDir: string
  logs: string[]
  /** Closes the database and deletes the data directory. */
  dispose(): Promise<void>
}

export const startTestServer = async (
  overrides: Partial<ServerConfig> = {},
): Promise<TestServer> => {
  const dataDir = await tempDataDir()
  const logs: string[] = []
  const handle = await createServer(testConfig(dataDir, overrides), {
    log: (line) => logs.push(line),
  })
  return {
    ...handle,
    dataDir,
    logs,
    dispose: async () => {
      await handle.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

export const BASE = '/ref/basker/partners/2026-02/demo'

/** A client for the reference backend through app.request, authenticated with the key. */
export const baskerClient = (server: ServerHandle) => {
  const auth = { Authorization: `users API-Key ${server.referenceKey}` }
  const call = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = auth,
  ) =>
    server.app.request(`${BASE}${path}`, {
      method,
      headers: {
        ...headers,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    })
  return {
    get: (path: string, headers?: Record<string, string>) => call('GET', path, undefined, headers),
    patch: (path: string, body: unknown) => call('PATCH', path, body),
    post: (path: string, body: unknown) => call('POST', path, body),
    /** The draft as JSON (fails the test when it cannot be read). */
    draft: async (collection: string, id: string): Promise<DraftRecord> => {
      const response = await call('GET', `/${collection}/${id}?draft=true`)
      if (response.status !== 200) throw new Error(`read ${collection}/${id}: ${response.status}`)
      return (await response.json()) as DraftRecord
    },
  }
}

export interface DraftRecord {
  id: string
  title: string
  slug: string
  updatedAt: string
  blocks: { id: string; type: string; value: Record<string, unknown> }[]
  [field: string]: unknown
}

/** Hook timeout for starting and stopping a server: PGlite's first start is slow on a busy machine. */
export const SLOW = 60_000
