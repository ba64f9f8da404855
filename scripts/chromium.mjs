// Which Chromium the browser tests and the benchmark drive. Shared by playwright.config.ts,
// bench/run.ts and scripts/ensure-browser.mjs so all three agree on one browser.
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

/** Flags that keep Chromium quiet and working in containers and CI (root, no GPU, no network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const NAMES = ['chromium', 'chromium-browser']

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The first `chromium` on PATH, or undefined. */
export function chromiumOnPath(pathVar = process.env.PATH ?? '') {
  for (const dir of pathVar.split(delimiter)) {
    if (!dir) continue
    for (const name of NAMES) {
      const candidate = join(dir, name)
      if (isExecutable(candidate)) return candidate
    }
  }
  return undefined
}

/**
 * CHROMIUM_PATH when set, else a system Chromium on PATH, else undefined: Playwright then uses
 * its own downloaded browser (the usual case on a laptop).
 */
export function resolveChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH?.trim()
  if (fromEnv) return fromEnv
  return chromiumOnPath(env.PATH ?? '')
}
