// Browser tests: Chromium only, against the real server and its Basker reference backend.
// The specs share that one backend, so they run one at a time and each resets the demo seed.
import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, resolveChromium } from './scripts/chromium.mjs'

const port = Number(process.env.E2E_PORT ?? 5190)
export const baseURL = `http://127.0.0.1:${port}`
const executablePath = resolveChromium()

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
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Without a system Chromium, Playwright's full build (not the headless shell) is used,
        // the same binary scripts/ensure-browser.mjs checks for.
        ...(executablePath ? {} : { channel: 'chromium' }),
        launchOptions: {
          args: CHROMIUM_ARGS,
          ...(executablePath ? { executablePath } : {}),
        },
      },
    },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${baseURL}/api/config`,
    reuseExistingServer: !process.env.CI,
    // The command builds the app first.
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { E2E_PORT: String(port) },
  },
})
