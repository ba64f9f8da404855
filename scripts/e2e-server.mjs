// The server the browser tests run against: a production build served by the real server, with
// the reference backends on a fresh data directory and their test hooks mounted. Playwright
// starts one per backend (webServer in playwright.config.ts): Basker on E2E_PORT, the others
// (E2E_BACKEND=…) on E2E_PORT + their offset (scripts/e2e-ports.mjs); every spec then resets the
// demo seed. Each server starts only its own backend's reference.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { E2E_PORT_OFFSETS as OFFSETS } from './e2e-ports.mjs'

const root = resolve(import.meta.dirname, '..')
const bin = (name) => resolve(root, 'node_modules', '.bin', name)
const basePort = process.env.E2E_PORT ?? '5190'
const backend = process.env.E2E_BACKEND ?? 'basker'
if (!(backend in OFFSETS)) {
  console.error(`[e2e-server] E2E_BACKEND must be one of ${Object.keys(OFFSETS).join(', ')}`)
  process.exit(1)
}
// E2E_PORT_OFFSET: a server besides the backend's own (the live-postgres pair, +50 and +51).
const offset = process.env.E2E_PORT_OFFSET ? Number(process.env.E2E_PORT_OFFSET) : OFFSETS[backend]
const port = String(Number(basePort) + offset)
// One folder per port, so several e2e runs (e.g. two engineers' specs) never share state.
// E2E_DATA_NAME: servers that share one database share one folder (the reference key).
const dataDir = resolve(root, `.e2e-data/${basePort}/${process.env.E2E_DATA_NAME ?? backend}`)
// The server serves `dist` under its working directory. The tests build into a directory of
// their own, so a `vite build` or `npm start` running at the same time cannot pull the app
// from under them, and they never leave a test build in ./dist. The app is the same for every
// backend (it asks /api/config), so Playwright's servers share one build: the first to take the
// lock builds, the others wait for its marker.
const appDir = resolve(root, `.e2e-data/${basePort}/app`)

const buildOnce = async () => {
  const lock = resolve(appDir, 'build.lock')
  const done = resolve(appDir, 'build.done')
  mkdirSync(appDir, { recursive: true })
  // Built already by another server of this run (Playwright may start them one after another).
  const fresh = () => existsSync(done) && readFileSync(done, 'utf8') === runId
  if (fresh()) return
  // A lock left by a killed run (older than 10 minutes) is stale.
  if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 600_000)
    rmSync(lock, { recursive: true })
  try {
    mkdirSync(lock)
  } catch {
    // Another server of this run is building; wait for its marker (not a test, a start-up wait).
    while (!fresh() && existsSync(lock)) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 250))
    }
    if (fresh()) return
    console.error('[e2e-server] the shared build did not finish')
    process.exit(1)
  }
  try {
    rmSync(done, { force: true })
    const build = spawnSync(
      bin('vite'),
      ['build', '--logLevel', 'warn', '--outDir', resolve(appDir, 'dist'), '--emptyOutDir'],
      { cwd: root, stdio: 'inherit' },
    )
    if (build.status !== 0) {
      console.error('[e2e-server] vite build failed')
      process.exit(build.status ?? 1)
    }
    writeFileSync(done, runId)
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

// Set once by playwright.config.ts for all its servers; a lone start builds every time.
const runId = process.env.E2E_RUN_ID ?? `${process.pid}-${Date.now()}`
if (process.env.E2E_SKIP_BUILD !== '1') await buildOnce()

// E2E_DATABASE_URL + E2E_DB_SCHEMA: PostgreSQL in a schema of its own instead of PGlite (the
// live-postgres servers). E2E_DB_FRESH=1 marks the first server of such a group: it starts the
// schema and the data folder afresh; the next ones join them.
const databaseUrl = process.env.E2E_DATABASE_URL
const schema = process.env.E2E_DB_SCHEMA ?? ''
const fresh = !databaseUrl || process.env.E2E_DB_FRESH === '1'
if (databaseUrl && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
  console.error('[e2e-server] E2E_DB_SCHEMA must be a plain lower-case identifier')
  process.exit(1)
}

// A fresh backend per run: the reference key and the seed are regenerated from scratch.
if (fresh) rmSync(dataDir, { recursive: true, force: true })

const scopedDatabaseUrl = async () => {
  const { default: pg } = await import('pg')
  if (fresh) {
    const admin = new pg.Client({ connectionString: databaseUrl })
    await admin.connect()
    try {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await admin.query(`CREATE SCHEMA ${schema}`)
    } finally {
      await admin.end()
    }
  }
  const scoped = new URL(databaseUrl)
  scoped.searchParams.set('options', `-c search_path=${schema}`)
  return scoped.toString()
}

// The tests own their backend: a developer's real backend or database must never be touched.
const env = { ...process.env }
for (const key of ['DATABASE_URL', 'BACKEND_URL', 'BACKEND_API_KEY', 'BASKER_TENANT']) {
  delete env[key]
}
if (databaseUrl) env.DATABASE_URL = await scopedDatabaseUrl()

const server = spawn(bin('tsx'), [resolve(root, 'src/server/main.ts')], {
  cwd: appDir,
  stdio: 'inherit',
  env: {
    ...env,
    PORT: port,
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    BACKEND: backend,
    REFERENCE_TEST_HOOKS: '1',
    // Many specs share one backend and key, so they run above Basker's real limits (100 reads /
    // 20 writes a minute); e2e/basker-real-limits.spec.ts sets the real ones through the test
    // hook POST /__test/basker/rate-limits.
    BASKER_RATE_READS: env.BASKER_RATE_READS ?? '100000',
    BASKER_RATE_WRITES: env.BASKER_RATE_WRITES ?? '100000',
  },
})

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
