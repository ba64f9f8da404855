// Builds the app and runs the real server for the benchmark on a free port and a throwaway data
// directory, so a run never touches ./data or a developer's backend.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const bin = (name: string): string => join(root, 'node_modules', '.bin', name)

export interface BenchServer {
  url: string
  dataDir: string
  stop(): Promise<void>
}

/**
 * A production build into `workDir/dist`, where the server started with `workDir` as its working
 * directory serves it: ./dist is left alone, and a build running elsewhere cannot disturb a run.
 */
export function build(workDir: string): void {
  const outDir = join(workDir, 'dist')
  const result = spawnSync(
    bin('vite'),
    ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  )
  if (result.status !== 0) throw new Error('vite build failed')
}

export function makeWorkDir(): string {
  return mkdtempSync(join(tmpdir(), 'editor-bench-'))
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolvePort(port))
    })
  })
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    try {
      const response = await fetch(`${url}/api/config`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`server did not answer ${url}/api/config within ${timeoutMs} ms`)
}

export async function startServer(workDir: string): Promise<BenchServer> {
  const port = await freePort()
  const dataDir = join(workDir, 'data')
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const key of ['DATABASE_URL', 'BACKEND_URL', 'BACKEND_API_KEY', 'BASKER_TENANT']) {
    delete env[key]
  }
  const child = spawn(bin('tsx'), [join(root, 'src/server/main.ts')], {
    cwd: workDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      BACKEND: 'basker',
      // The benchmark reloads big pages many times.
      BASKER_RATE_READS: '100000',
      BASKER_RATE_WRITES: '100000',
    },
  })
  const url = `http://127.0.0.1:${port}`
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((r) => child.once('exit', r))
      process.kill(-child.pid, 'SIGTERM')
      await exited
    }
    rmSync(workDir, { recursive: true, force: true })
  }
  try {
    // A machine shared with other work may take longer to seed and start.
    await waitUntilUp(url, child, Number(process.env.BENCH_SERVER_START_MS ?? 60_000))
  } catch (error) {
    await stop()
    throw error
  }
  return { url, dataDir, stop }
}
