// The load run of `npm run bench` (also alone: `npx tsx bench/load.ts`): the real server
// in-process on PGlite and, when TEST_DATABASE_URL or DATABASE_URL is set, on PostgreSQL; 50
// clients edit pages through the proxy for LOAD_SECONDS (10) each, half of them racing on one
// page. Prints throughput, p50/p99 latency and "lost updates: N" per driver; exits non-zero when
// an accepted operation is missing from the final state or a refused write was not a 409.
import { pathToFileURL } from 'node:url'
import { runLoad, type LoadReport } from '../src/server/load/load-run'
import { startLoadServer } from '../src/server/load/start-load-server'

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50)
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10)

export type LoadResults = Record<string, Omit<LoadReport, 'problems'> & { problems: string[] }>

export const measureLoad = async (log: (line: string) => void): Promise<LoadResults> => {
  const postgres = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? null
  const drivers: { name: string; url: string | null }[] = [
    { name: 'pglite', url: null },
    ...(postgres === null ? [] : [{ name: 'postgres', url: postgres }]),
  ]
  if (postgres === null) log('load: PostgreSQL not configured (TEST_DATABASE_URL); PGlite only')
  const results: LoadResults = {}
  for (const driver of drivers) {
    const server = await startLoadServer(driver.url)
    try {
      log(`load on ${driver.name}: ${CLIENTS} clients for ${SECONDS} s`)
      const report = await runLoad({
        origin: server.origin,
        clients: CLIENTS,
        durationMs: SECONDS * 1000,
        runId: `bench-${Date.now().toString(36)}`,
      })
      log(
        `load on ${driver.name}: ${report.acceptedOpsPerSecond} accepted ops/s, ` +
          `${report.requestsPerSecond} requests/s, p50 ${report.latencyMs.p50} ms, ` +
          `p99 ${report.latencyMs.p99} ms, lost races (409) ${report.lostRaces}, ` +
          `other refusals ${JSON.stringify(report.unexpected)}, lost updates: ${report.lostUpdates}`,
      )
      // Only the first few problems: the rest say the same.
      results[driver.name] = { ...report, problems: report.problems.slice(0, 20) }
    } finally {
      await server.stop()
    }
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
  measureLoad(log).then(
    (results) => {
      process.stdout.write(`${JSON.stringify({ load: results }, null, 2)}\n`)
      process.exit(loadPassed(results) ? 0 : 1)
    },
    (error: unknown) => {
      log(error instanceof Error ? (error.stack ?? error.message) : String(error))
      process.exit(1)
    },
  )
}
