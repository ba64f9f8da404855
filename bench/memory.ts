// `npm run bench:memory`: the server's resident memory at idle, per configuration. Compiles the
// server (dist-server/main.js, as production runs it), starts it on a free port and a throwaway
// data directory, waits until /api/config answers and reads VmRSS from /proc/<pid>/status (Linux)
// for a few seconds; prints the last and the peak reading. A figure, never a pass/fail test.
//   npm run bench:memory              with BACKEND_URL set, and with the default reference
//   npm run bench:memory -- --all     also with each reference backend in use
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const SAMPLES = 6
const SAMPLE_EVERY_MS = 500

interface Scenario {
  name: string
  env: Record<string, string>
}

const EXTERNAL = { BACKEND_URL: 'http://127.0.0.1:9', BACKEND_API_KEY: 'x' }
const scenarios = (all: boolean): Scenario[] => [
  {
    name: 'BACKEND=basker, BACKEND_URL set (no reference)',
    env: { BACKEND: 'basker', ...EXTERNAL },
  },
  { name: 'BACKEND=basker, its reference (default)', env: { BACKEND: 'basker' } },
  ...(all
    ? ['tines', 'omerlo', 'drumee', 'kragle'].map((backend) => ({
        name: `BACKEND=${backend}, its reference`,
        env: { BACKEND: backend },
      }))
    : []),
]

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

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

const rssMb = (pid: number): number => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN)
  return Math.round(kb / 1024)
}

const waitUntilUp = async (url: string, child: ChildProcess): Promise<number> => {
  const started = Date.now()
  while (Date.now() - started < 180_000) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    const ok = await fetch(`${url}/api/config`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return Date.now() - started
    await pause(100)
  }
  throw new Error(`server did not answer ${url}/api/config`)
}

/** One start of the server on `dataDir`; its RSS at idle as a line of the report. */
const startOnce = async (scenario: Scenario, dataDir: string, start: string): Promise<string> => {
  const port = await freePort()
  const child = spawn(process.execPath, [join(root, 'dist-server/main.js')], {
    cwd: dataDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env.PATH ?? '',
      ...scenario.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
    },
  })
  try {
    const startMs = await waitUntilUp(`http://127.0.0.1:${port}`, child)
    const readings: number[] = []
    // Idle: start-up checks and the seed settle in the first seconds; sample across them.
    for (let i = 0; i < SAMPLES; i += 1) {
      readings.push(rssMb(child.pid ?? 0))
      await pause(SAMPLE_EVERY_MS)
    }
    const last = readings[readings.length - 1] ?? 0
    const peak = Math.max(...readings)
    return `${scenario.name}, ${start}: RSS ${last} MB at idle (peak ${peak} MB), up in ${startMs} ms`
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
}

/** A first start (the database is created) and a restart on the same data directory. */
const measure = async (scenario: Scenario): Promise<string[]> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'editor-memory-'))
  try {
    return [
      await startOnce(scenario, dataDir, 'first start'),
      await startOnce(scenario, dataDir, 'restart'),
    ]
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const compiled = spawnSync(
  process.execPath,
  [join(root, 'scripts/build-server.mjs'), '/nonexistent'],
  {
    cwd: root,
    stdio: 'inherit',
  },
)
if (compiled.status !== 0) throw new Error('compiling the server failed')
for (const scenario of scenarios(process.argv.includes('--all'))) {
  for (const line of await measure(scenario)) console.log(line)
}
