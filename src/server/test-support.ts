// Helpers for the server's tests: a config on a temporary data directory and a request helper
// for the Basker reference backend. Not used by the running server.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, type ServerHandle } from './app'
import { loadConfig, type ServerConfig } from './config'

export const tempDir = (prefix = 'editor-server-'): Promise<string> =>
  mkdtemp(join(tmpdir(), prefix))

export const testConfig = (
  dataDir: string,
  overrides: Partial<ServerConfig> = {},
): ServerConfig => ({
  ...loadConfig({ DATA_DIR: dataDir, PORT: '0' }),
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
  const dataDir = await tempDir()
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
