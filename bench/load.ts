// The load run of `npm run bench` (also alone: `npx tsx bench/load.ts`): the real server
// in-process on PGlite and, when TEST_DATABASE_URL or DATABASE_URL is set, on PostgreSQL; 50
// clients edit pages through the proxy for LOAD_SECONDS (10) each, half of them racing on one
// page. On PostgreSQL it also starts two servers on one database and spreads the clients over
// both (as behind a load balancer), printed beside the one-server run. Prints throughput, p50/p99
// latency and "lost updates: N" per run; exits non-zero when an accepted operation is missing
// from the final state or a refused write was not a 409. LOAD_SERVERS sets the count (2).
// LOAD_MODE=live runs the live mode instead (bench/live-load.ts): 50 tabs with a stream on one
// record moving their selection and saving; prints presence and save latency and server memory.
import { pathToFileURL } from 'node:url'
import { runLoad, type LoadReport } from '../src/server/load/load-run'
import { startLoadServer, startLoadServers } from '../src/server/load/start-load-server'
import { liveLoadPassed, measureLiveLoad } from './live-load'

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50)
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10)
const SERVERS = Number(process.env.LOAD_SERVERS ?? 2)

export type LoadResults = Record<string, Omit<LoadReport, 'problems'> & { problems: string[] }>

interface LoadTarget {
  name: string
  start(): Promise<{ origins: string[]; stop(): Promise<void> }>
}

const targets = (postgres: string | null): LoadTarget[] => [
  {
    name: 'pglite',
    start: async () => {
      const server = await startLoadServer(null)
      return { origins: [server.origin], stop: server.stop }
    },
  },
  ...(postgres === null
    ? []
    : [
        {
          name: 'postgres',
          start: async () => {
            const server = await startLoadServer(postgres)
            return { origins: [server.origin], stop: server.stop }
          },
        },
        { name: `postgres-${SERVERS}-servers`, start: () => startLoadServers(postgres, SERVERS) },
      ]),
]

const summary = (name: string, report: LoadReport): string =>
  `load on ${name}: ${report.servers} server(s), ${report.acceptedOpsPerSecond} accepted ops/s, ` +
  `${report.requestsPerSecond} requests/s, p50 ${report.latencyMs.p50} ms, ` +
  `p99 ${report.latencyMs.p99} ms, lost races (409) ${report.lostRaces}, ` +
  `other refusals ${JSON.stringify(report.unexpected)}, lost updates: ${report.lostUpdates}`

export const measureLoad = async (log: (line: string) => void): Promise<LoadResults> => {
  const postgres = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? null
  if (postgres === null) log('load: PostgreSQL not configured (TEST_DATABASE_URL); PGlite only')
  const results: LoadResults = {}
  for (const target of targets(postgres)) {
    const servers = await target.start()
    try {
      log(`load on ${target.name}: ${CLIENTS} clients for ${SECONDS} s`)
      const report = await runLoad({
        origin: servers.origins[0] ?? '',
        origins: servers.origins,
        clients: CLIENTS,
        durationMs: SECONDS * 1000,
        runId: `bench-${Date.now().toString(36)}`,
      })
      log(summary(target.name, report))
      // Only the first few problems: the rest say the same.
      results[target.name] = { ...report, problems: report.problems.slice(0, 20) }
    } finally {
      await servers.stop()
    }
  }
  const one = results.postgres
  const many = results[`postgres-${SERVERS}-servers`]
  if (one && many) {
    log(
      `load: one server ${one.acceptedOpsPerSecond} ops/s p99 ${one.latencyMs.p99} ms | ` +
        `${many.servers} servers ${many.acceptedOpsPerSecond} ops/s p99 ${many.latencyMs.p99} ms, ` +
        `lost updates ${one.lostUpdates} / ${many.lostUpdates}`,
    )
  }
  return results
}

/** True when every driver lost nothing and refused writes only with 409. */
export const loadPassed = (results: LoadResults): boolean =>
  Object.values(results).every(
    (report) => report.lostUpdates === 0 && Object.keys(report.unexpected).length === 0,
  )

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const log = (line: string): void => {
    process.stderr.write(`[bench] ${line}\n`)
  }
  const run =
    process.env.LOAD_MODE === 'live'
      ? measureLiveLoad(log).then((results) => ({
          output: { live: results },
          passed: liveLoadPassed(results),
        }))
      : measureLoad(log).then((results) => ({
          output: { load: results },
          passed: loadPassed(results),
        }))
  run.then(
    ({ output, passed }) => {
      process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
      process.exit(passed ? 0 : 1)
    },
    (error: unknown) => {
      log(error instanceof Error ? (error.stack ?? error.message) : String(error))
      process.exit(1)
    },
  )
}
