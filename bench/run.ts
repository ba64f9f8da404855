// `npm run bench`: builds for production, starts the real server on a free port with a
// temporary data directory, makes a 10,000-block page, and drives Chromium over the 1,000-block
// demo page and that page, then runs the load run (bench/load.ts). Prints JSON (min/median/max
// per measure); asserts nothing.
import { rmSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, resolveChromium } from '../scripts/chromium.mjs'
import { createLargePage } from './large-page'
import { measureLoad } from './load'
import { runOnce, type RunResult } from './measure'
import { ReferenceClient } from './reference-client'
import { build, makeWorkDir, startServer, type BenchServer } from './server'
import { median, summarize } from './stats'

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5))
const WATCHDOG_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 20 * 60_000)

const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`)
}

function report(blocks: number, runs: RunResult[]) {
  const pick = (get: (r: RunResult) => number | undefined): number[] =>
    runs.map(get).filter((v): v is number => v !== undefined && Number.isFinite(v))
  return {
    blocks,
    loadToInteractiveMs: summarize(pick((r) => r.loadMs)),
    typingLatencyMs: summarize(runs.flatMap((r) => r.typingMs)),
    typingLatencyPerRunMedianMs: summarize(
      pick((r) => (r.typingMs.length ? median(r.typingMs) : undefined)),
    ),
    typingLatencyKeyAtFrameStartMs: summarize(runs.flatMap((r) => r.typingAtFrameStartMs)),
    typingProcessingMs: summarize(runs.flatMap((r) => r.typingWorkMs)),
    typingKeysPaintedLate: {
      keys: runs.reduce((n, r) => n + r.typingFramesLate.length, 0),
      late: runs.reduce((n, r) => n + r.typingFramesLate.filter((f) => f > 0).length, 0),
    },
    longTasksWhileTyping: {
      count: runs.reduce((n, r) => n + r.longTasksMs.length, 0),
      longestMs: Math.round(Math.max(0, ...runs.flatMap((r) => r.longTasksMs))),
    },
    saveMs: summarize(pick((r) => r.saveMs)),
    longTasksWhileSaving: {
      count: runs.reduce((n, r) => n + r.saveLongTasksMs.length, 0),
      longestMs: Math.round(Math.max(0, ...runs.flatMap((r) => r.saveLongTasksMs))),
    },
    keyboardMoveMs: summarize(pick((r) => r.keyboardMoveMs)),
    paletteOpenMs: summarize(pick((r) => r.paletteOpenMs)),
    jsHeapMB: summarize(pick((r) => r.heapMB)),
    errors: [...new Set(runs.flatMap((r) => r.errors))],
  }
}

async function main(): Promise<void> {
  // The watchdog may fire before the server exists; it stops whatever is running by then.
  const running: { server?: BenchServer } = {}
  const watchdog = setTimeout(() => {
    log(`gave up after ${WATCHDOG_MS} ms`)
    void (running.server?.stop() ?? Promise.resolve()).finally(() => process.exit(2))
  }, WATCHDOG_MS)
  watchdog.unref()

  const workDir = makeWorkDir()
  log('building for production')
  try {
    build(workDir)
  } catch (error) {
    rmSync(workDir, { recursive: true, force: true })
    throw error
  }
  const server = await startServer(workDir)
  running.server = server
  log(`server at ${server.url}`)
  const executablePath = resolveChromium()
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(executablePath ? { executablePath } : { channel: 'chromium' }),
  })
  try {
    const client = new ReferenceClient(server.url, server.dataDir)
    const large = await createLargePage(client)
    log(`made pages/${large.id} with ${large.blocks} blocks`)
    const demo = await client.readPage('perf-1000')
    const targets = [
      {
        id: 'perf-1000',
        name: 'pages/perf-1000',
        path: '/edit/pages/perf-1000',
        blocks: demo.blocks.length,
      },
      {
        id: large.id,
        name: `pages/${large.id}`,
        path: `/edit/pages/${large.id}`,
        blocks: large.blocks,
      },
    ]
    const pages: Record<string, ReturnType<typeof report>> = {}
    // BENCH_LARGE_ONLY=1 measures the 10,000-block page alone (the slow part on a busy machine).
    const measured =
      process.env.BENCH_LARGE_ONLY === '1' ? targets.filter((t) => t.id === large.id) : targets
    for (const target of measured) {
      const runs: RunResult[] = []
      const typingBlock = await client.firstRichTextBlock(target.id)
      for (let i = 1; i <= RUNS; i += 1) {
        log(`${target.name}: run ${i}/${RUNS}`)
        runs.push(await runOnce(browser, `${server.url}${target.path}`, typingBlock))
      }
      pages[target.name] = report(target.blocks, runs)
    }
    // 50 clients through the proxy on PGlite (and PostgreSQL when configured); see bench/load.ts.
    // BENCH_EDITOR_ONLY=1 measures the editor alone (the load run takes minutes of both cores).
    const load =
      process.env.BENCH_EDITOR_ONLY === '1'
        ? 'skipped (BENCH_EDITOR_ONLY=1)'
        : await measureLoad(log)
    const output = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      node: process.version,
      runsPerPage: RUNS,
      notes:
        'load: navigation start → first block handle visible and focusable; typing: keydown → ' +
        "next paint in a rich-text field, keys sent at spread points of a frame as a typist's " +
        'keys arrive (typingLatencyKeyAtFrameStartMs: keys sent just after a frame starts, which ' +
        'wait about one frame whatever the editor does; typingKeysPaintedLate: keys whose paint ' +
        'missed the first frame after them); long tasks: ' +
        'tasks over 50 ms on the main thread while typing (Long Tasks API); typing processing: ' +
        "keydown → end of the task that handled the key (the editor's own work); save: Ctrl+S after the typing → the status says Saved, with the tasks over 50 ms meanwhile; keyboard move: Space → ArrowDown → Space until the " +
        'block changes DOM position; palette: click "Add block" → dialog laid out; heap: used ' +
        'JS heap after load and a forced GC (CDP).',
      pages,
      load,
    }
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
  } finally {
    await browser.close()
    await server.stop()
    clearTimeout(watchdog)
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exit(1)
})
