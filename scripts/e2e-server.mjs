// The server the browser tests run against: a production build served by the real server, with
// the reference backends on a fresh data directory and their test hooks mounted. Playwright
// starts one per backend (webServer in playwright.config.ts): Basker on E2E_PORT, Tines
// (E2E_BACKEND=tines) on E2E_PORT + 10; every spec then resets the demo seed.
import { spawn, spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const bin = (name) => resolve(root, 'node_modules', '.bin', name)
const basePort = process.env.E2E_PORT ?? '5190'
const backend = process.env.E2E_BACKEND ?? 'basker'
if (backend !== 'basker' && backend !== 'tines') {
  console.error(`[e2e-server] E2E_BACKEND must be basker or tines, not ${backend}`)
  process.exit(1)
}
const port = backend === 'tines' ? String(Number(basePort) + 10) : basePort
// One folder per port, so several e2e runs (e.g. two engineers' specs) never share state.
const dataDir = resolve(root, `.e2e-data/${basePort}/${backend}`)
// The server serves `dist` under its working directory. The tests build into a directory of
// their own, so a `vite build` or `npm start` running at the same time cannot pull the app
// from under them, and they never leave a test build in ./dist. One per backend: Playwright
// may start both servers at once, and two builds must not write into one folder.
const appDir = resolve(root, `.e2e-data/${basePort}/${backend === 'basker' ? 'app' : 'tines-app'}`)

if (process.env.E2E_SKIP_BUILD !== '1') {
  const outDir = resolve(appDir, 'dist')
  const build = spawnSync(
    bin('vite'),
    ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    { cwd: root, stdio: 'inherit' },
  )
  if (build.status !== 0) {
    console.error('[e2e-server] vite build failed')
    process.exit(build.status ?? 1)
  }
}

// A fresh backend per run: the reference key and the seed are regenerated from scratch.
rmSync(dataDir, { recursive: true, force: true })

// The tests own their backend: a developer's real backend or database must never be touched.
const env = { ...process.env }
for (const key of ['DATABASE_URL', 'BACKEND_URL', 'BACKEND_API_KEY', 'BASKER_TENANT']) {
  delete env[key]
}

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
  },
})

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
