// The built app goes out compressed: the build's .br/.gz files when present (precompressed by
// scripts/build-server.mjs), else compressed once in memory; hashed assets are cached for a year.
import { Hono } from 'hono'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain ES module of the build, without types
import { precompress } from '../../scripts/build-server.mjs'
import { serveApp } from './static-files'
import { tempDir } from './test-support'

const MAIN = `console.log(${JSON.stringify('the main script '.repeat(4000))})\n`

describe('serving the built app', () => {
  let dist = ''
  let app: Hono
  beforeAll(async () => {
    dist = join(await tempDir(), 'dist')
    await mkdir(join(dist, 'assets'), { recursive: true })
    await writeFile(
      join(dist, 'index.html'),
      '<!doctype html><script src="/assets/index-abc123.js"></script>',
    )
    await writeFile(join(dist, 'assets', 'index-abc123.js'), MAIN)
    await writeFile(join(dist, 'assets', 'late-def456.js'), MAIN)
    app = new Hono()
    app.get('*', serveApp(dist))
    expect(await (precompress as (dir: string) => Promise<number>)(dist)).toBe(2)
    // A build without precompressed files (as the e2e build) for the second script.
    await rm(join(dist, 'assets', 'late-def456.js.br'))
    await rm(join(dist, 'assets', 'late-def456.js.gz'))
  })
  afterAll(() => rm(join(dist, '..'), { recursive: true, force: true }))

  it('sends the main script precompressed with brotli or gzip, cached for a year', async () => {
    const br = await app.request('/assets/index-abc123.js', {
      headers: { 'Accept-Encoding': 'gzip, br' },
    })
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(br.headers.get('vary')).toBe('Accept-Encoding')
    expect(br.headers.get('content-type')).toMatch(/^text\/javascript/)
    const bytes = Buffer.from(await br.arrayBuffer())
    expect(bytes.length).toBeLessThan(MAIN.length / 10)
    expect(brotliDecompressSync(bytes).toString()).toBe(MAIN)

    const gz = await app.request('/assets/index-abc123.js', {
      headers: { 'Accept-Encoding': 'gzip' },
    })
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(MAIN)

    const plain = await app.request('/assets/index-abc123.js')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toBe(MAIN)
  })

  it('compresses a script the build did not precompress, once', async () => {
    const first = await app.request('/assets/late-def456.js', {
      headers: { 'Accept-Encoding': 'br' },
    })
    expect(first.headers.get('content-encoding')).toBe('br')
    const again = await app.request('/assets/late-def456.js', {
      headers: { 'Accept-Encoding': 'br' },
    })
    expect(brotliDecompressSync(Buffer.from(await again.arrayBuffer())).toString()).toBe(MAIN)
    const refused = await app.request('/assets/late-def456.js', {
      headers: { 'Accept-Encoding': 'br;q=0, gzip;q=0' },
    })
    expect(refused.headers.get('content-encoding')).toBeNull()
  })

  it('revalidates index.html, which names the hashed files', async () => {
    const index = await app.request('/edit/pages/home')
    expect(index.headers.get('cache-control')).toBe('no-cache')
  })
})
