// PGlite's first start runs initdb, which grows its WebAssembly memories to about 570 MB; a
// WebAssembly memory never shrinks, and the allocator keeps what the compilers used, so a server
// that created its database in-process stays near 670 MB resident for life (a restart on the
// same directory: under 200 MB). So the database is created by a short-lived child process that
// exits when done, and the server only ever opens an existing data directory.
import { spawn } from 'node:child_process'
import { access, mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'

/** initdb and a first start take about 5 s alone; a loaded machine (CI, two cores) far longer. */
const INITDB_TIMEOUT_MS = 180_000

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  )

/** Plain CommonJS for `node -e`: no loader, no TypeScript, nothing of the server's bundle. */
const childScript = (pgliteEntry: string, dataDir: string): string => `
const { PGlite } = require(${JSON.stringify(pgliteEntry)})
PGlite.create({ dataDir: ${JSON.stringify(dataDir)} })
  .then((pg) => pg.close())
  .catch((error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error))
    process.exit(1)
  })
`

const runInitdb = (dataDir: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite')
    // An empty environment: nothing of the server's (secrets, NODE_OPTIONS) reaches the child.
    // Liftoff only, as in the server (PGLITE_V8_FLAGS, pglite-db.ts): initdb runs most of its
    // code once, so TurboFan's recompilations would only cost time.
    const child = spawn(process.execPath, ['--liftoff-only', '-e', childScript(entry, dataDir)], {
      env: {},
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      // Enough to say why; a runaway child cannot fill the server's memory.
      if (stderr.length < 8192) stderr += chunk
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), INITDB_TIMEOUT_MS)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else {
        const why = signal ? `was stopped (${signal})` : `exited with ${code}`
        reject(new Error(`Creating the database in ${dataDir} ${why}: ${stderr.trim()}`))
      }
    })
  })

/**
 * Makes sure `dataDir` holds a PGlite database, creating it in a child process when it does not.
 * The database is created beside it and renamed into place, so a start stopped half-way never
 * leaves a directory that looks like a database and is not one.
 */
export const ensurePgliteDataDir = async (dataDir: string): Promise<void> => {
  if (await exists(join(dataDir, 'PG_VERSION'))) return
  if (await exists(dataDir)) {
    // An empty directory (made by an earlier version, or by hand) is taken; anything else is
    // someone's files, never overwritten.
    if ((await readdir(dataDir)).length > 0) {
      throw new Error(`${dataDir} holds files but no database; move them away or set DATA_DIR.`)
    }
    await rmdir(dataDir)
  }
  const parent = dirname(dataDir)
  await mkdir(parent, { recursive: true })
  const staging = join(parent, `.${basename(dataDir)}.initdb-${process.pid}`)
  await rm(staging, { recursive: true, force: true })
  try {
    await runInitdb(staging)
    await rename(staging, dataDir)
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    // Another process (a second server, `user add`) created it meanwhile: theirs is as good.
    if (await exists(join(dataDir, 'PG_VERSION'))) return
    throw error
  }
}
