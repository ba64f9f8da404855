// The server as a whole: /api/config, security headers, the built app with its SPA fallback,
// the reference key's custody, and data that survives a restart without being reseeded.
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer } from './app'
import { PRODUCTION_CSP } from './http/security-headers'
import { hashKey, REFERENCE_KEYS_FILE } from './reference/reference-keys'
import { serveApp } from './static-files'
import {
  baskerClient,
  startTestServer,
  tempDir,
  tempDataDir,
  testConfig,
  type TestServer,
  SLOW,
} from './test-support'

let server: TestServer
let dist: string

beforeAll(async () => {
  dist = await tempDir('editor-dist-')
  await mkdir(join(dist, 'assets'), { recursive: true })
  await writeFile(join(dist, 'index.html'), '<!doctype html><div id="root"></div>')
  await writeFile(join(dist, 'assets', 'app-1234.js'), 'console.log(1)')
  server = await startTestServer({ distDir: dist })
}, SLOW)
afterAll(async () => {
  await server.dispose()
  await rm(dist, { recursive: true, force: true })
}, SLOW)

describe('/api/config', () => {
  it('names the backend, its capabilities and its Basker settings, and nothing secret', async () => {
    const response = await server.app.request('/api/config')
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(JSON.parse(text)).toEqual({
      backend: 'basker',
      capabilities: {
        nesting: false,
        drafts: true,
        publish: false,
        history: false,
        devices: [],
        locales: ['en', 'fr'],
        themeSettings: true,
        concurrency: 'ifUpdatedAt',
      },
      basker: { tenant: 'demo', apiVersion: '2026-02' },
    })
    expect(text).not.toContain(server.referenceKey)
    expect(text).not.toMatch(/key|secret|password|token|http/i)
  })
})

describe('security headers', () => {
  it.each([
    '/api/config',
    '/api/nothing',
    '/ref/basker/partners/2026-02/demo/pages',
    '/edit/pages/home',
    '/',
  ])('are on %s', async (path) => {
    const response = await server.app.request(path)
    expect(response.headers.get('content-security-policy')).toBe(PRODUCTION_CSP)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(PRODUCTION_CSP).toContain("frame-ancestors 'none'")
    expect(PRODUCTION_CSP).toContain("form-action 'self'")
    expect(PRODUCTION_CSP).not.toContain('unsafe-eval')
  })
})

describe('the built app', () => {
  it('says how to build when dist/ is missing', async () => {
    const app = new Hono()
    app.get('*', serveApp(join(dist, 'missing')))
    const response = await app.request('/')
    expect(response.status).toBe(503)
    expect(await response.text()).toMatch(/npm run build/)
  })

  it('serves files from dist/ and index.html for client-side routes', async () => {
    const page = await server.app.request('/edit/pages/home')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    expect(await page.text()).toContain('id="root"')
    const asset = await server.app.request('/assets/app-1234.js')
    expect(asset.headers.get('content-type')).toMatch(/javascript/)
    expect(asset.headers.get('cache-control')).toMatch(/immutable/)
    expect((await server.app.request('/assets/gone-999.js')).status).toBe(404)
    expect((await server.app.request('/..%2f..%2fetc%2fpasswd')).status).not.toBe(500)
    expect(await (await server.app.request('/..%2fpackage.json')).text()).not.toMatch(/"name"/)
    const api = await server.app.request('/api/unknown')
    expect(api.status).toBe(404)
    expect(await api.json()).toMatchObject({ error: 'Not Found' })
    // Test hooks are off unless REFERENCE_TEST_HOOKS=1.
    expect((await server.app.request('/__test/basker/requests')).status).toBe(404)
  })
})

describe('the reference key', () => {
  it('is kept in DATA_DIR with mode 600 and stored in the database only as a hash', async () => {
    const file = join(server.dataDir, REFERENCE_KEYS_FILE)
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    const saved = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>
    expect(saved.basker).toBe(server.referenceKey)
    expect(server.referenceKey).toMatch(/^[0-9a-f]{48}$/)
    expect(saved.tines).toMatch(/^[0-9a-f]{48}$/)
    expect(saved.tines).not.toBe(saved.basker)
    const rows = await server.db.query<{ key_hash: string }>('SELECT key_hash FROM api_keys')
    // A hash for every reference backend's key, never the key itself.
    const hashes = rows.rows.map((row) => row.key_hash)
    for (const key of [saved.basker, saved.tines, saved.omerlo].map(String)) {
      expect(hashes).toContain(hashKey(key))
      expect(JSON.stringify(rows.rows)).not.toContain(key)
    }
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/)
  })
})

it(
  'keeps edits across a restart and never reseeds over them',
  async () => {
    const dataDir = await tempDataDir()
    const config = testConfig(dataDir)
    const first = await createServer(config, { log: () => undefined })
    const api = baskerClient(first)
    const { updatedAt } = await api.draft('pages', 'home')
    const patched = await api.patch('/pages/home/blocks', {
      draft: true,
      ifUpdatedAt: updatedAt,
      operations: [{ op: 'remove', blockId: 'home-hero' }],
    })
    expect(patched.status).toBe(200)
    const edited = await api.draft('pages', 'home')
    await first.close()

    const second = await createServer(config, { log: () => undefined })
    try {
      expect(second.referenceKey).toBe(first.referenceKey)
      expect(await baskerClient(second).draft('pages', 'home')).toEqual(edited)
    } finally {
      await second.close()
      await rm(dataDir, { recursive: true, force: true })
    }
  },
  SLOW,
)
