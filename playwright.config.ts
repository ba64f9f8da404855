// Browser tests: Chromium only, against the real server and its reference backends. One project
// and one server per backend: the Basker specs (e2e/*.spec.ts) on E2E_PORT, the specs of each
// other backend (e2e/<backend>/*.spec.ts) on E2E_PORT + its offset (scripts/e2e-ports.mjs, the
// table scripts/e2e-server.mjs reads too). The specs of one project share its backend, so they run one at a time
// and each resets the demo seed.
import { fileURLToPath } from 'node:url'
import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, resolveChromium } from './scripts/chromium.mjs'
import { E2E_PORT_OFFSETS } from './scripts/e2e-ports.mjs'
import { CHAOS_BACKENDS, chaosPorts } from './src/test/chaos/chaos-ports'

const port = Number(process.env.E2E_PORT ?? 5190)
export const baseURL = `http://127.0.0.1:${port}`
// Every backend but Basker (whose specs are e2e/*.spec.ts) has its specs under e2e/<backend>/.
const { basker: _basker, ...OTHER_BACKENDS } = E2E_PORT_OFFSETS
type OtherBackend = keyof typeof OTHER_BACKENDS
const urlOf = (offset: number): string => `http://127.0.0.1:${port + offset}`
// One id for all servers of this run, so they share one build of the app.
const runId = process.env.E2E_RUN_ID ?? `${process.pid}-${Date.now()}`
process.env.E2E_RUN_ID = runId
const executablePath = resolveChromium()
// Two servers on one PostgreSQL schema for e2e/live.spec.ts, when CI gives a database.
const liveDatabase = process.env.TEST_DATABASE_URL
// Clear of the e2e servers (+0…+40) and the chaos run's (+50…+65, src/test/chaos/chaos-ports.ts).
const LIVE_OFFSETS = [70, 71] as const
const liveOrigins: [string, string] = [urlOf(LIVE_OFFSETS[0]), urlOf(LIVE_OFFSETS[1])]
const liveDataName = 'basker-live-postgres'

const chromium = {
  ...devices['Desktop Chrome'],
  // Without a system Chromium, Playwright's full build (not the headless shell) is used,
  // the same binary scripts/ensure-browser.mjs checks for.
  ...(executablePath ? {} : { channel: 'chromium' }),
  launchOptions: {
    args: CHROMIUM_ARGS,
    ...(executablePath ? { executablePath } : {}),
  },
}

const server = (backend: 'basker' | OtherBackend, url: string) => ({
  command: 'node scripts/e2e-server.mjs',
  url: `${url}/api/config`,
  reuseExistingServer: !process.env.CI,
  // The command builds the app first.
  timeout: 180_000,
  stdout: 'pipe' as const,
  stderr: 'pipe' as const,
  env: { E2E_PORT: String(port), E2E_BACKEND: backend, E2E_RUN_ID: runId },
})

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  // Each project has its own server and backend, so projects run side by side (two at a time by
  // default: the machine has two cores), while the specs of one project run one after another
  // (`workers: 1` on each project) because they share that backend and reset its seed.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  // One folder per port: Playwright empties it at start, and parallel runs must not share one.
  outputDir: `test-results/${port}`,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: [...Object.keys(OTHER_BACKENDS).map((name) => `${name}/**`), 'chaos/**'],
      workers: 1,
      use: { ...chromium, baseURL },
    },
    ...Object.entries(OTHER_BACKENDS).map(([name, offset]) => ({
      name,
      testDir: `e2e/${name}`,
      workers: 1,
      use: { ...chromium, baseURL: urlOf(offset) },
    })),
    // The live spec again, its two people on two servers sharing one PostgreSQL schema.
    ...(liveDatabase
      ? [
          {
            name: 'live-postgres',
            testMatch: /[\\/]e2e[\\/]live\.spec\.ts$/,
            workers: 1,
            metadata: {
              liveOrigins,
              liveDataDir: fileURLToPath(
                new URL(`.e2e-data/${port}/${liveDataName}`, import.meta.url),
              ),
            },
            use: { ...chromium, baseURL: liveOrigins[0] },
          },
        ]
      : []),
    // Seeded faults between each backend's server and its reference backend (e2e/chaos/README.md).
    { name: 'chaos', testDir: 'e2e/chaos', workers: 1, timeout: 300_000, use: { ...chromium } },
  ],
  webServer: [
    server('basker', baseURL),
    ...Object.entries(OTHER_BACKENDS).map(([name, offset]) =>
      server(name as OtherBackend, urlOf(offset)),
    ),
    // Started one after another: the first makes the schema, migrates and seeds; the second joins.
    ...(liveDatabase
      ? LIVE_OFFSETS.map((offset, index) => {
          const base = server('basker', urlOf(offset))
          return {
            ...base,
            env: {
              ...base.env,
              E2E_PORT_OFFSET: String(offset),
              E2E_DATA_NAME: liveDataName,
              E2E_DATABASE_URL: liveDatabase,
              E2E_DB_SCHEMA: `e2e_live_${port}`,
              E2E_DB_FRESH: index === 0 ? '1' : '0',
            },
          }
        })
      : []),
    // After the Basker server, which makes the build these servers serve.
    ...CHAOS_BACKENDS.map((backend) => ({
      ...server('basker', urlOf(chaosPorts(port, backend).app - port)),
      command: 'node node_modules/.bin/tsx src/test/chaos/chaos-server.ts',
      env: { E2E_PORT: String(port), E2E_RUN_ID: runId, CHAOS_BACKEND: backend },
    })),
  ],
})
