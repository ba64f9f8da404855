// The live mode of `npm run bench:load` (LOAD_MODE=live): LOAD_CLIENTS (50) tabs hold a stream on
// one record of one server (PGlite), and, when TEST_DATABASE_URL or DATABASE_URL is set, of
// LOAD_SERVERS (2) servers on one PostgreSQL; each tab moves its selection about once a second
// and says "saved" about every 4 s, for LOAD_SECONDS (30). Prints p50/p95 latency from POST to
// arrival at the other tabs for presence and saves, saves delivered / expected, and each server
// process's resident memory when the tabs are on, at the middle and at the end (flat or not).
import { rmSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { chromium, type Browser, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, resolveChromium } from '../scripts/chromium.mjs'
import { runLiveLoad, type LiveLoadReport } from '../src/server/load/live-load-run'
import { startLiveServers } from './live-servers'
import { build, makeWorkDir } from './server'

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50)
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30)
const SERVERS = Number(process.env.LOAD_SERVERS ?? 2)
// The key the editor gives the demo home page (backend, collection, id, "device/locale"), so the
// browser watching the run is on the same record as the load's tabs.
const RECORD = JSON.stringify(['basker', 'pages', 'home', '/en'])
// LIVE_BROWSER=0 skips the browser that watches the run (it needs a production build first).
const WITH_BROWSER = process.env.LIVE_BROWSER !== '0'

export type LiveLoadResult = LiveLoadReport & {
  /** Each server's CPU use during the run, in % of one core. */
  serverCpuPercent: number[]
  /** The load run's own event loop delay (p99, ms): high means the clients, not the servers, lag. */
  clientLoopDelayP99Ms: number
  rssMb: { idle: number[]; start: number[]; middle: number[]; end: number[] }
  /** One real editor on the record through the run: its main thread's tasks over 50 ms. */
  browser?: { longTasks: number; longestMs: number; othersShown: number }
}

/** Opens the editor on the record and records every main-thread task over 50 ms from then on. */
const watchInBrowser = async (browser: Browser, origin: string): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(`${origin}/edit/pages/home`)
  await page.getByRole('list', { name: 'Blocks', exact: true }).waitFor()
  await page.evaluate(() => {
    const w = window as Window & { __longTasks?: number[] }
    const tasks: number[] = []
    w.__longTasks = tasks
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration)
    }).observe({ type: 'longtask', buffered: false })
  })
  return page
}

const browserFigures = async (page: Page) => {
  const tasks = await page.evaluate(
    () => (window as Window & { __longTasks?: number[] }).__longTasks ?? [],
  )
  const othersShown = await page
    .getByRole('group', { name: 'People on this record' })
    .getByRole('img')
    .count()
    .catch(() => 0)
  return {
    longTasks: tasks.length,
    longestMs: Math.round(Math.max(0, ...tasks)),
    othersShown,
  }
}

const summary = (name: string, result: LiveLoadResult): string =>
  `live on ${name}: ${result.clients} tabs on ${result.servers} server(s); presence p50 ` +
  `${result.presence.p50} ms p95 ${result.presence.p95} ms (${result.presence.samples} arrivals of ` +
  `${result.presence.moves} moves); saved p50 ${result.saved.p50} ms p95 ${result.saved.p95} ms ` +
  `(${result.saved.delivered}/${result.saved.expected} delivered); RSS MB idle ` +
  `${result.rssMb.idle.join('/')} → start ${result.rssMb.start.join('/')} → middle ` +
  `${result.rssMb.middle.join('/')} → end ${result.rssMb.end.join('/')}; POST p50 ` +
  `${result.post.p50} ms p95 ${result.post.p95} ms; server CPU ` +
  `${result.serverCpuPercent.join('/')} % of a core; client loop delay p99 ` +
  `${result.clientLoopDelayP99Ms} ms; refused ` +
  JSON.stringify(result.refused) +
  (result.browser
    ? `; browser: ${result.browser.longTasks} tasks over 50 ms (longest ` +
      `${result.browser.longestMs} ms), ${result.browser.othersShown} people shown`
    : '')

export const measureLiveLoad = async (
  log: (line: string) => void,
): Promise<Record<string, LiveLoadResult>> => {
  const postgres = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? null
  if (postgres === null)
    log('live load: PostgreSQL not configured (TEST_DATABASE_URL); PGlite only')
  const targets = [
    { name: 'pglite', url: null, count: 1 },
    ...(postgres === null
      ? []
      : [{ name: `postgres-${SERVERS}-servers`, url: postgres, count: SERVERS }]),
  ]
  const results: Record<string, LiveLoadResult> = {}
  const workDir = WITH_BROWSER ? makeWorkDir() : null
  let browser: Browser | null = null
  if (workDir) {
    log('live load: building the app for the watching browser')
    build(workDir)
    const executablePath = resolveChromium()
    browser = await chromium.launch({
      args: CHROMIUM_ARGS,
      ...(executablePath ? { executablePath } : { channel: 'chromium' }),
    })
  }
  try {
    for (const target of targets) {
      const servers = await startLiveServers(target.url, target.count, workDir ?? undefined)
      let page: Page | null = null
      try {
        if (browser) page = await watchInBrowser(browser, servers.origins[0] ?? '')
        log(`live on ${target.name}: ${CLIENTS} tabs for ${SECONDS} s`)
        const idle = servers.rssMb()
        let start: number[] = []
        let cpuAtStart: number[] = []
        let startedAt = 0
        const loop = monitorEventLoopDelay({ resolution: 10 })
        let middle: number[] = []
        let middleTimer: NodeJS.Timeout | undefined
        const report = await runLiveLoad({
          origins: servers.origins,
          clients: CLIENTS,
          durationMs: SECONDS * 1000,
          record: RECORD,
          // Once every tab is on the record, and halfway through.
          onStart: () => {
            start = servers.rssMb()
            cpuAtStart = servers.cpuSeconds()
            startedAt = performance.now()
            loop.enable()
            middleTimer = setTimeout(
              () => {
                middle = servers.rssMb()
              },
              (SECONDS * 1000) / 2,
            )
          },
        })
        clearTimeout(middleTimer)
        loop.disable()
        const seconds = (performance.now() - startedAt) / 1000
        const cpu = servers
          .cpuSeconds()
          .map((used, index) => Math.round(((used - (cpuAtStart[index] ?? 0)) / seconds) * 100))
        const result: LiveLoadResult = {
          ...report,
          rssMb: { idle, start, middle, end: servers.rssMb() },
          serverCpuPercent: cpu,
          clientLoopDelayP99Ms: Math.round(loop.percentile(99) / 1e6),
          ...(page ? { browser: await browserFigures(page) } : {}),
        }
        log(summary(target.name, result))
        results[target.name] = result
      } finally {
        await page?.close()
        await servers.stop()
      }
    }
  } finally {
    await browser?.close()
    if (workDir) rmSync(workDir, { recursive: true, force: true })
  }
  return results
}

/** True when every save reached every other tab and nothing was refused. */
export const liveLoadPassed = (results: Record<string, LiveLoadResult>): boolean =>
  Object.values(results).every(
    (result) =>
      result.saved.delivered === result.saved.expected && Object.keys(result.refused).length === 0,
  )
