// Browser tests: Chromium only, against the real server and its reference backends. Two
// projects, two servers: the Basker specs (e2e/*.spec.ts) on E2E_PORT, the Tines specs
// (e2e/tines/*.spec.ts) on E2E_PORT + 10. The specs of one project share its backend, so they
// run one at a time and each resets the demo seed.
import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, resolveChromium } from './scripts/chromium.mjs'

const port = Number(process.env.E2E_PORT ?? 5190)
const tinesPort = port + 10
export const baseURL = `http://127.0.0.1:${port}`
const tinesURL = `http://127.0.0.1:${tinesPort}`
const executablePath = resolveChromium()

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

const server = (backend: 'basker' | 'tines', url: string) => ({
  command: 'node scripts/e2e-server.mjs',
  url: `${url}/api/config`,
  reuseExistingServer: !process.env.CI,
  // The command builds the app first.
  timeout: 180_000,
  stdout: 'pipe' as const,
  stderr: 'pipe' as const,
  env: { E2E_PORT: String(port), E2E_BACKEND: backend },
})

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: 'tines/**', use: { ...chromium, baseURL } },
    { name: 'tines', testDir: 'e2e/tines', use: { ...chromium, baseURL: tinesURL } },
  ],
  webServer: [server('basker', baseURL), server('tines', tinesURL)],
})
