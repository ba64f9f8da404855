// Servers for the live load run, each in a process of its own (`node --import tsx
// src/server/main.ts`, as `npm run dev` runs the TypeScript) so its resident memory can be read
// from /proc apart from the clients'. On PGlite one server; on PostgreSQL `count` servers on a
// fresh schema of one database (dropped at stop), sharing one DATA_DIR as behind a balancer.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openPostgresDb } from '../src/server/storage/postgres-db'

const root = resolve(import.meta.dirname, '..')

export interface LiveServers {
  origins: string[]
  /** Resident memory of each server process, in MB (Linux /proc). */
  rssMb(): number[]
  /** CPU time each server process has used so far, in seconds (user + system). */
  cpuSeconds(): number[]
  stop(): Promise<void>
}

const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolvePort(port))
    })
  })

const rssOf = (pid: number): number => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024)
}

const cpuOf = (pid: number): number => {
  // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): utime, stime in ticks.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

const waitUntilUp = async (origin: string, child: ChildProcess): Promise<void> => {
  const deadline = Date.now() + Number(process.env.BENCH_SERVER_START_MS ?? 120_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    const up = await fetch(`${origin}/api/config`).then(
      (response) => response.ok,
      () => false,
    )
    if (up) return
    // Polling a starting process: there is nothing to wait on but its port.
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${origin} did not start`)
}

const startOne = async (dataDir: string, databaseUrl: string | null, cwd: string) => {
  const port = await freePort()
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const key of ['DATABASE_URL', 'BACKEND_URL', 'BACKEND_API_KEY', 'BASKER_TENANT']) {
    delete env[key]
  }
  // tsx by its resolved URL: the servers run in `cwd` (where the built app is), which has no
  // node_modules of its own.
  const tsx = import.meta.resolve('tsx')
  const child = spawn(process.execPath, ['--import', tsx, join(root, 'src/server/main.ts')], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...env,
      ...(databaseUrl === null ? {} : { DATABASE_URL: databaseUrl }),
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      BACKEND: 'basker',
    },
  })
  const origin = `http://127.0.0.1:${port}`
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    await exited
  }
  try {
    await waitUntilUp(origin, child)
  } catch (error) {
    await stop()
    throw error
  }
  return { origin, pid: child.pid ?? 0, stop }
}

/** postgresUrl null → one server on PGlite. `cwd`: where the servers find `dist` (the app). */
export const startLiveServers = async (
  postgresUrl: string | null,
  count: number,
  cwd: string = root,
): Promise<LiveServers> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'editor-live-load-'))
  const schema = `live_load_${randomBytes(6).toString('hex')}`
  let scoped: string | null = null
  if (postgresUrl !== null) {
    const admin = await openPostgresDb(postgresUrl, 1)
    await admin.query(`CREATE SCHEMA ${schema}`).finally(() => admin.close())
    const url = new URL(postgresUrl)
    url.searchParams.set('options', `-c search_path=${schema}`)
    scoped = url.toString()
  }
  const started: Awaited<ReturnType<typeof startOne>>[] = []
  const stop = async (): Promise<void> => {
    for (const server of started) await server.stop()
    if (postgresUrl !== null) {
      const admin = await openPostgresDb(postgresUrl, 1)
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => admin.close())
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    // One after another: the first migrates and seeds.
    for (let i = 0; i < (scoped === null ? 1 : count); i += 1) {
      started.push(await startOne(dataDir, scoped, cwd))
    }
  } catch (error) {
    await stop()
    throw error
  }
  return {
    origins: started.map((server) => server.origin),
    rssMb: () => started.map((server) => rssOf(server.pid)),
    cpuSeconds: () => started.map((server) => cpuOf(server.pid)),
    stop,
  }
}
