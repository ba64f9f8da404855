// A whole server listening on an ephemeral loopback port, for tests and load runs: "a server
// pointed at another server" (BACKEND_URL naming a second one's /ref/<backend>) is two calls.
// Not used by `npm start` (main.ts).
import { serve } from '@hono/node-server'
import { rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { createServer, originOf, type ServerHandle } from './app'
import { loadConfig, type ServerConfig } from './config'
import { tempDataDir } from './test-support'

export interface ListeningServer {
  /** http://127.0.0.1:<port> */
  origin: string
  handle: ServerHandle
  config: ServerConfig
  dataDir: string
  /** Every line the server logged, in order (tests read the proxy's login messages here). */
  logs: string[]
  /** Stops listening, closes the database and removes the data directory if it made it. */
  stop(): Promise<void>
}

export interface ListenOptions {
  /**
   * The server's environment (BACKEND, BACKEND_URL, BACKEND_PASSWORD, DATABASE_URL…), read as
   * `npm start` reads it; DATA_DIR, PORT and HOST are set here.
   */
  env?: Record<string, string>
  /** A data directory to use (and keep); by default a fresh one, removed at stop. */
  dataDir?: string
}

export const startListening = async (options: ListenOptions = {}): Promise<ListeningServer> => {
  const ownDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? (await tempDataDir())
  const config = loadConfig({
    ...options.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
  })
  const logs: string[] = []
  const removeDir = () => (ownDir ? rm(dataDir, { recursive: true, force: true }) : undefined)
  let handle: ServerHandle
  try {
    handle = await createServer(config, { serveStatic: false, log: (line) => logs.push(line) })
  } catch (error) {
    await removeDir()
    throw error
  }
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve) => {
      const server = serve(
        { fetch: handle.app.fetch, port: 0, hostname: '127.0.0.1' },
        (info: AddressInfo) => resolve({ server, port: info.port }),
      )
    },
  )
  const origin = originOf('127.0.0.1', port)
  handle.setOrigin(origin)
  return {
    origin,
    handle,
    config,
    dataDir,
    logs,
    async stop() {
      // Open live streams would keep server.close waiting: they end first (clients reconnect).
      handle.live.endStreams()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await handle.close()
      await removeDir()
    },
  }
}
