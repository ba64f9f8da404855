// Serves the built app from dist/, with index.html for every other GET (client-side routes).
// Text assets go out compressed: the .br/.gz files the build wrote beside them
// (scripts/build-server.mjs), or, for a build without them (the e2e build), compressed once here
// and kept in memory.
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { Readable } from 'node:stream'
import type { Context } from 'hono'
import { compress, pickEncoding, type Encoding } from './http/compress'
import { jsonError } from './http/errors'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

const fileIn = async (root: string, urlPath: string): Promise<string | null> => {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const file = normalize(join(root, decoded))
  if (file !== root && !file.startsWith(root + sep)) return null
  const info = await stat(file).catch(() => null)
  return info?.isFile() ? file : null
}

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.svg',
  '.txt',
  '.ico',
  '.webmanifest',
])
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' }
/** Compressed in memory at most this much in all (a build is a few megabytes). */
const MEMORY_CACHE_BYTES = 64 * 1024 * 1024

const isFile = (path: string): Promise<boolean> =>
  stat(path).then(
    (info) => info.isFile(),
    () => false,
  )

const memory = new Map<string, Uint8Array<ArrayBuffer>>()
let memoryBytes = 0

/** The file compressed in `encoding`, from memory (compressing it the first time). */
const compressedInMemory = async (
  file: string,
  encoding: Encoding,
): Promise<Uint8Array<ArrayBuffer> | null> => {
  const info = await stat(file)
  const key = `${encoding}:${file}:${info.mtimeMs}:${info.size}`
  const cached = memory.get(key)
  if (cached) return cached
  if (info.size < 1024 || memoryBytes + info.size > MEMORY_CACHE_BYTES) return null
  const bytes = new Uint8Array(await compress(await readFile(file), encoding))
  memory.set(key, bytes)
  memoryBytes += bytes.byteLength
  return bytes
}

const send = async (c: Context, file: string, cache: string): Promise<Response> => {
  const ext = extname(file).toLowerCase()
  const headers: Record<string, string> = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': cache,
  }
  if (COMPRESSIBLE.has(ext)) {
    headers.Vary = 'Accept-Encoding'
    const encoding = pickEncoding(c.req.header('accept-encoding'))
    if (encoding !== null) {
      const prebuilt = `${file}${SUFFIX[encoding]}`
      if (await isFile(prebuilt)) {
        const stream = Readable.toWeb(createReadStream(prebuilt)) as ReadableStream<Uint8Array>
        return c.body(stream, 200, { ...headers, 'Content-Encoding': encoding })
      }
      const bytes = await compressedInMemory(file, encoding)
      if (bytes) return c.body(bytes, 200, { ...headers, 'Content-Encoding': encoding })
    }
  }
  const stream = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>
  return c.body(stream, 200, headers)
}

export const serveApp =
  (distDir: string) =>
  async (c: Context): Promise<Response> => {
    const root = normalize(distDir)
    const index = await fileIn(root, '/index.html')
    if (!index) {
      return c.text(
        `The editor is not built: ${root} has no index.html. Run "npm run build" (or "npm start", which builds first), or use "npm run dev".`,
        503,
      )
    }
    const path = c.req.path
    const file = path === '/' ? null : await fileIn(root, path)
    // Vite's hashed assets never change under one name; everything else is revalidated.
    if (file)
      return send(
        c,
        file,
        path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      )
    // A missing asset is a 404, not the app: a stale index.html must not be handed out as script.
    const ext = extname(path).toLowerCase()
    if (path.startsWith('/assets/') || (ext !== '.html' && ext in TYPES)) {
      return jsonError(c, 404, `No file at ${path}.`)
    }
    return send(c, index, 'no-cache')
  }
