// Makes sure a Chromium exists before the browser tests run, and downloads nothing when one does:
// CHROMIUM_PATH, then `chromium` on PATH, then Playwright's own browser. On a bare Debian machine
// run as root it installs the distribution's package; elsewhere it asks Playwright for its build.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { chromiumOnPath, resolveChromium } from './chromium.mjs'

const log = (message) => console.log(`[ensure-browser] ${message}`)

async function playwrightBrowser() {
  try {
    const { chromium } = await import('playwright-core')
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

function run(command, args) {
  log(`running: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  return result.status === 0
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
}

async function found() {
  const configured = process.env.CHROMIUM_PATH?.trim()
  if (configured) {
    if (existsSync(configured)) return `CHROMIUM_PATH=${configured}`
    console.error(`[ensure-browser] CHROMIUM_PATH=${configured} does not exist.`)
    process.exit(1)
  }
  const system = resolveChromium()
  if (system) return system
  const own = await playwrightBrowser()
  return own ? `Playwright's Chromium at ${own}` : undefined
}

const present = await found()
if (present) {
  log(`using ${present}`)
  process.exit(0)
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (isRoot && chromiumOnPath('/usr/bin:/bin:/usr/sbin:/sbin') === undefined && hasAptGet()) {
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])) {
    const installed = chromiumOnPath(`${process.env.PATH ?? ''}:/usr/bin`)
    if (installed) {
      log(`installed ${installed}`)
      process.exit(0)
    }
  }
}

if (run('npx', ['playwright', 'install', 'chromium']) && (await playwrightBrowser())) {
  log(`installed Playwright's Chromium`)
  process.exit(0)
}

console.error(`[ensure-browser] No Chromium found and none could be installed.
Install one of:
  - Debian/Ubuntu:  sudo apt-get install -y chromium
  - any system:     npx playwright install chromium
  - or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`)
process.exit(1)
