// `npm run bench:memory`: the server's resident memory at idle, per configuration. Compiles the
// server (dist-server/main.js, as production runs it), starts it on a free port and a throwaway
// data directory, waits until /api/config answers and reads VmRSS from /proc/<pid>/status (Linux)
// for a few seconds; then sends a few requests (config, session, record lists through the proxy,
// which also write the rate windows) and reads it again at idle. Each figure comes with the
// server's own process.memoryUsage() (bench/memory-probe.cjs): heap is V8's JavaScript heap,
// external mostly PGlite's WebAssembly memory (reserved, not all of it resident). Every
// configuration is measured on a first start (the database is created) and a restart on the
// same data directory. A figure, never a pass/fail test.
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
const REQUESTS = 30
const probe = join(root, 'bench/memory-probe.cjs')

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

interface Usage {
  heapUsed: number
  heapTotal: number
  external: number
  arrayBuffers: number
}

/** The server's process.memoryUsage(), asked for by a signal (bench/memory-probe.cjs). */
const usageOf = (child: ChildProcess): Promise<Usage> =>
  new Promise((resolveUsage, reject) => {
    const stdout = child.stdout
    if (!stdout) return reject(new Error('the server has no stdout pipe'))
    let buffered = ''
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8')
      const line = buffered.split('\n').find((l) => l.startsWith('memory-probe '))
      if (!line) return
      stdout.off('data', onData)
      resolveUsage(JSON.parse(line.slice('memory-probe '.length)) as Usage)
    }
    stdout.on('data', onData)
    child.kill('SIGUSR2')
  })

/** RSS at idle: the last of a few readings across the settling seconds, and their peak. */
const idle = async (child: ChildProcess): Promise<string> => {
  const readings: number[] = []
  for (let i = 0; i < SAMPLES; i += 1) {
    readings.push(rssMb(child.pid ?? 0))
    await pause(SAMPLE_EVERY_MS)
  }
  const last = readings[readings.length - 1] ?? 0
  const peak = Math.max(...readings)
  const usage = await usageOf(child)
  return `RSS ${last} MB (peak ${peak}; heap ${usage.heapUsed}/${usage.heapTotal}, external ${usage.external}, array buffers ${usage.arrayBuffers})`
}

/** What a browser does first: config, session, then record lists through the proxy. */
const someRequests = async (url: string): Promise<string> => {
  const config = (await (await fetch(`${url}/api/config`)).json()) as {
    basker?: { tenant: string; apiVersion: string }
  }
  const basker = config.basker
  const list = basker
    ? `${url}/api/backend/partners/${basker.apiVersion}/${basker.tenant}/pages?limit=20&page=`
    : `${url}/api/backend/pages?page=`
  const statuses = new Map<number, number>()
  for (let i = 0; i < REQUESTS; i += 1) {
    const target = i % 3 === 0 ? `${url}/api/session` : `${list}${(i % 4) + 1}`
    // Any answer will do (an unreachable BACKEND_URL is a 502): the server did the work.
    const response = await fetch(target)
    await response.arrayBuffer()
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
  }
  return [...statuses].map(([status, n]) => `${n}× ${status}`).join(', ')
}

/** One start of the server on `dataDir`; its RSS at idle, then after requests, as a line. */
const startOnce = async (scenario: Scenario, dataDir: string, start: string): Promise<string> => {
  const port = await freePort()
  const child = spawn(process.execPath, ['--require', probe, join(root, 'dist-server/main.js')], {
    cwd: dataDir,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      PATH: process.env.PATH ?? '',
      ...scenario.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
    },
  })
  try {
    // The server's own log lines are not read; the pipe must not fill up and block it.
    child.stdout?.resume()
    const url = `http://127.0.0.1:${port}`
    const startMs = await waitUntilUp(url, child)
    // Idle: start-up checks and the seed settle in the first seconds; sample across them.
    const atStart = await idle(child)
    const answers = await someRequests(url)
    const afterRequests = await idle(child)
    return [
      `${scenario.name}, ${start} (up in ${startMs} ms):`,
      `  idle after start:    ${atStart}`,
      `  after ${REQUESTS} requests: ${afterRequests}; answers ${answers}`,
    ].join('\n')
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
