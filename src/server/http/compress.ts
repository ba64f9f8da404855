// JSON answers above a size go out compressed when the browser asks for it (brotli first, then
// gzip), with node:zlib. Static assets are compressed at build time instead (precompress.ts).
import type { MiddlewareHandler } from 'hono'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/** Below this, compressing costs more than it saves. */
export const COMPRESS_THRESHOLD_BYTES = 1024

export type Encoding = 'br' | 'gzip'

/** The best encoding the Accept-Encoding header allows (q=0 means "not this one"). */
export const pickEncoding = (accept: string | undefined): Encoding | null => {
  const allowed = new Set<string>()
  for (const part of (accept ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((piece) => piece.trim())
    const q = params.find((param) => param.startsWith('q='))
    if (name && !(q !== undefined && Number(q.slice(2)) === 0)) allowed.add(name)
  }
  if (allowed.has('br')) return 'br'
  if (allowed.has('gzip') || allowed.has('*')) return 'gzip'
  return null
}

export const compress = (bytes: Uint8Array, encoding: Encoding): Promise<Buffer> =>
  encoding === 'br'
    ? // Quality 5: most of brotli's gain at a fraction of its top quality's cost, per request.
      brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : gzipped(bytes, { level: 6 })

export const compressJson =
  (threshold: number = COMPRESS_THRESHOLD_BYTES): MiddlewareHandler =>
  async (c, next) => {
    await next()
    const res = c.res
    const type = res.headers.get('content-type') ?? ''
    if (!res.body || res.headers.has('content-encoding') || !/[/+]json\b/i.test(type)) return
    const vary = res.headers.get('vary')
    const encoding = pickEncoding(c.req.header('accept-encoding'))
    if (encoding === null) {
      res.headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
      return
    }
    const bytes = new Uint8Array(await res.arrayBuffer())
    const headers = new Headers(res.headers)
    headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    headers.delete('content-length')
    let body: Uint8Array<ArrayBuffer> = bytes
    if (bytes.byteLength >= threshold) {
      body = new Uint8Array(await compress(bytes, encoding))
      headers.set('Content-Encoding', encoding)
    }
    // Replace the answer whole: Hono would otherwise copy the old headers over the new ones.
    c.res = undefined as unknown as Response
    c.res = new Response(body, { status: res.status, statusText: res.statusText, headers })
  }
