// The server of the chaos e2e run (started by playwright.config.ts, `tsx src/test/chaos/chaos-server.ts`):
// one process holding the real server for CHAOS_BACKEND and the fault proxy in front of its
// reference backend. The server's BACKEND_URL is the proxy, and the proxy forwards to the same
// server's /ref/<backend>, so every call the browser makes to the backend (reads and writes)
// crosses the proxy, while the tests' own calls (/__test, /ref) do not.
//
//   browser → :PORT /api/backend → proxy :PORT+5 (faults) → :PORT /ref/<backend>
//
// Ports: E2E_PORT + CHAOS_OFFSETS[backend] (see chaos-ports.ts). The app is the build that
// scripts/e2e-server.mjs made for this Playwright run (.e2e-data/<E2E_PORT>/app).
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createServer, originOf } from '../../server/app'
import { loadConfig } from '../../server/config'
import { isBackendId } from '../../core/backends'
import { serverBackendOf } from '../../server/backends'
import { chaosPorts, isChaosBackend } from './chaos-ports'
import { startFaultProxy } from './fault-proxy'
import { ratesFrom } from './faults'
import { seedFrom } from './prng'

const root = resolve(import.meta.dirname, '../../..')
const basePort = Number(process.env.E2E_PORT ?? 5190)
const backend = process.env.CHAOS_BACKEND ?? 'basker'
const log = (line: string): void => {
  process.stdout.write(`[chaos-server ${backend}] ${line}\n`)
}

/** Waits for this Playwright run's build (made by the Basker e2e server); a start-up wait. */
const waitForBuild = async (appDir: string): Promise<void> => {
  const done = resolve(appDir, 'build.done')
  const runId = process.env.E2E_RUN_ID
  const ready = () =>
    existsSync(done) && (runId === undefined || readFileSync(done, 'utf8') === runId)
  const until = Date.now() + 300_000
  while (!ready()) {
    if (Date.now() > until) throw new Error(`no app build in ${appDir} (run through Playwright)`)
    await new Promise((wait) => setTimeout(wait, 250))
  }
}

const main = async (): Promise<void> => {
  if (!isChaosBackend(backend)) throw new Error(`CHAOS_BACKEND "${backend}" has no chaos ports`)
  if (!isBackendId(backend)) throw new Error(`no backend "${backend}"`)
  const { reference } = serverBackendOf(backend)
  const { app: port, proxy: proxyPort } = chaosPorts(basePort, backend)
  const appDir = resolve(root, `.e2e-data/${basePort}/app`)
  await waitForBuild(appDir)
  const dataDir = resolve(root, `.e2e-data/${basePort}/chaos-${backend}`)
  rmSync(dataDir, { recursive: true, force: true })

  const origin = originOf('127.0.0.1', port)
  // Faults start switched off: the spec switches them on once the editor has loaded.
  const proxy = await startFaultProxy({
    target: `${origin}${reference.mount}`,
    seed: seedFrom(process.env.CHAOS_SEED ?? '1'),
    rates: ratesFrom(process.env.CHAOS_RATES ? JSON.parse(process.env.CHAOS_RATES) : undefined),
    enabled: false,
    port: proxyPort,
  })
  // BACKEND_API_KEY is left unset: the server then sends its own reference key for this backend
  // (DATA_DIR/reference-keys.json), which is what the proxy's target expects.
  const config = loadConfig(
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      BACKEND: backend,
      BACKEND_URL: proxy.url,
      // The proxy forwards to this server's own reference, which BACKEND_URL alone would not start.
      REFERENCE_BACKENDS: backend,
      REFERENCE_TEST_HOOKS: '1',
      // The proxy's own 429s are the rate limits under test; the reference's stay out of the way.
      BASKER_RATE_READS: '100000',
      BASKER_RATE_WRITES: '100000',
    },
    appDir,
  )
  const handle = await createServer(config, { log: () => undefined })
  const server = serve(
    { fetch: handle.app.fetch, port, hostname: '127.0.0.1' },
    (info: AddressInfo) => {
      handle.setOrigin(originOf('127.0.0.1', info.port))
      log(`editor at ${origin}, fault proxy at ${proxy.url}`)
    },
  )
  const stop = (): void => {
    void proxy.close().finally(() => {
      server.close(() => void handle.close().finally(() => process.exit(0)))
      if ('closeAllConnections' in server) server.closeAllConnections()
    })
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop)
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exit(1)
})
