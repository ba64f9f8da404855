// Serves the built app from dist/, with index.html for every other GET (client-side routes).
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { Readable } from 'node:stream'
import type { Context } from 'hono'
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

const send = (c: Context, file: string, cache: string): Response => {
  const stream = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>
  return c.body(stream, 200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': cache,
  })
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
