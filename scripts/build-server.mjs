// Build step of `npm run build` (after `vite build`): precompresses the app's assets in dist/ with
// gzip and brotli, so the server sends them compressed without spending CPU per request, and
// compiles the server (src/server/main.ts) to plain JavaScript in dist-server/, so production runs
// `node dist-server/main.js` with no TypeScript at run time. esbuild comes with Vite.
import { build } from 'esbuild'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const root = resolve(import.meta.dirname, '..')
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|map|txt|webmanifest|ico)$/i
// Below this, compression gains too little to be worth a second file.
const MIN_BYTES = 1024

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

const filesUnder = async (dir) => {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name)
      return entry.isDirectory() ? filesUnder(path) : [path]
    }),
  )
  return nested.flat()
}

/** Writes name.br and name.gz beside every compressible file worth it; returns how many. */
export const precompress = async (dir) => {
  let count = 0
  for (const file of await filesUnder(dir)) {
    if (!COMPRESSIBLE.test(file)) continue
    const bytes = await readFile(file)
    if (bytes.length < MIN_BYTES) continue
    const [br, gz] = await Promise.all([
      brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzipped(bytes, { level: 9 }),
    ])
    // Kept only when smaller; the server then serves the original.
    if (br.length < bytes.length) await writeFile(`${file}.br`, br)
    if (gz.length < bytes.length) await writeFile(`${file}.gz`, gz)
    count += 1
  }
  return count
}

const compileServer = () =>
  build({
    entryPoints: [join(root, 'src/server/main.ts')],
    outfile: join(root, 'dist-server/main.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies stay in node_modules (PGlite's WebAssembly, argon2's native binding).
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  })

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve(process.argv[2] ?? join(root, 'dist'))
  const hasDist = await stat(dist).then(
    (info) => info.isDirectory(),
    () => false,
  )
  if (hasDist) console.log(`precompressed ${await precompress(dist)} files in ${dist}`)
  await compileServer()
  console.log('compiled the server to dist-server/main.js')
}
