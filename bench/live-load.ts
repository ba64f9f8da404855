// The live mode of `npm run bench:load` (LOAD_MODE=live): LOAD_CLIENTS (50) tabs hold a stream on
// one record of one server (PGlite), and, when TEST_DATABASE_URL or DATABASE_URL is set, of
// LOAD_SERVERS (2) servers on one PostgreSQL; each tab moves its selection about once a second
// and says "saved" about every 4 s, for LOAD_SECONDS (30). Prints p50/p95 latency from POST to
// arrival at the other tabs for presence and saves, saves delivered / expected, and each server
// process's resident memory when the tabs are on, at the middle and at the end (flat or not).
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { runLiveLoad, type LiveLoadReport } from '../src/server/load/live-load-run'
import { startLiveServers } from './live-servers'

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50)
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30)
const SERVERS = Number(process.env.LOAD_SERVERS ?? 2)
const RECORD = JSON.stringify(['basker', 'pages', 'home'])

export type LiveLoadResult = LiveLoadReport & {
  /** Each server's CPU use during the run, in % of one core. */
  serverCpuPercent: number[]
  /** The load run's own event loop delay (p99, ms): high means the clients, not the servers, lag. */
  clientLoopDelayP99Ms: number
  rssMb: { idle: number[]; start: number[]; middle: number[]; end: number[] }
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
  JSON.stringify(result.refused)

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
  for (const target of targets) {
    const servers = await startLiveServers(target.url, target.count)
    try {
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
      const result = {
        ...report,
        rssMb: { idle, start, middle, end: servers.rssMb() },
        serverCpuPercent: cpu,
        clientLoopDelayP99Ms: Math.round(loop.percentile(99) / 1e6),
      }
      log(summary(target.name, result))
      results[target.name] = result
    } finally {
      await servers.stop()
    }
  }
  return results
}

/** True when every save reached every other tab and nothing was refused. */
export const liveLoadPassed = (results: Record<string, LiveLoadResult>): boolean =>
  Object.values(results).every(
    (result) =>
      result.saved.delivered === result.saved.expected && Object.keys(result.refused).length === 0,
  )
