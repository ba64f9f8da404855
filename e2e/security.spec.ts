// Issue 2: credentials stay on the server. The browser sees only the same-origin proxy; the
// reference backend's key must appear in no request, response, header, storage or page source.
import type { Page } from '@playwright/test'
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
    pending.push(
      Promise.all([response.allHeaders(), response.body().catch(() => Buffer.from(''))]).then(
        ([headers, body]) =>
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
