// One test per attack of issue 17 on the whole server, each seeing it refused: a GET that
// publishes, anonymous reads of the reference backends, a huge login, one user spending
// everyone's rate limit, guesses locking the owner out, NUL and __proto__ input, endless sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServerConfig } from '../config'
import { SLOW } from '../test-support'
import { SESSION_COOKIE } from './auth-state'
import { MAX_SESSIONS_PER_USER } from './session-repository'
import { DEVICE_COOKIE } from './session-routes'
import {
  addUser,
  login,
  PASSWORD,
  startListening,
  type Client,
  type ListeningServer,
} from './test-client'

/** What @hono/node-server hands the app for a connection from `address`. */
const from = (address: string, local = '127.0.0.1') => ({
  incoming: { socket: { remoteAddress: address, localAddress: local } },
})

const postLogin = (origin: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}/api/session/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('on a Drumee hub with users', () => {
  let running: ListeningServer
  let editor: Client
  let admin: Client
  const PUBLISH =
    '/api/backend/-/svc/block.store?hashtag=about&device=desktop&lang=en&status=publish_with_history'

  beforeAll(async () => {
    running = await startListening({ backend: 'drumee' } as Partial<ServerConfig>)
    await addUser(running.server, 'ad@example.com', 'admin')
    await addUser(running.server, 'ed@example.com', 'editor')
    editor = await login(running.origin, 'ed@example.com')
    admin = await login(running.origin, 'ad@example.com')
  }, SLOW)
  afterAll(() => running.stop(), SLOW)

  it('refuses a GET that publishes: role checked, CSRF token and Origin required', async () => {
    // An editor's GET with everything a script of the app could add: still a publish.
    const asEditor = await editor.call('GET', PUBLISH)
    expect(asEditor.status).toBe(403)
    expect(await asEditor.text()).toMatch(/may not publish/)
    // An <img> on another site sends the admin's cookie but neither the token nor our Origin.
    const img = await fetch(`${running.origin}${PUBLISH}`, {
      headers: { Cookie: admin.cookie, 'Sec-Fetch-Site': 'cross-site' },
    })
    expect(img.status).toBe(403)
    const noToken = await fetch(`${running.origin}${PUBLISH}`, {
      headers: { Cookie: admin.cookie },
    })
    expect(noToken.status).toBe(403)
    expect(await noToken.text()).toMatch(/CSRF/)
  })

  it('answers nobody anonymous at /ref, nor a page with a foreign Host', async () => {
    const read = '/ref/drumee/-/svc/block.content?hashtag=home&serial=1'
    const app = running.server.app
    const remote = await app.request(read, {}, from('203.0.113.9'))
    expect(remote.status).toBe(401)
    const posted = await app.request(
      '/ref/drumee/-/svc/block.content',
      {
        method: 'POST',
        body: '{"hashtag":"home"}',
        headers: { 'Content-Type': 'application/json' },
      },
      from('203.0.113.9'),
    )
    expect(posted.status).toBe(401)
    // DNS rebinding: this machine's browser, but a page of evil.example.
    const rebound = await app.request(
      `http://evil.example${read}`,
      { headers: { Host: 'evil.example' } },
      from('127.0.0.1'),
    )
    expect(rebound.status).toBe(401)
    // The proxy (this machine, our own name) still gets through.
    const viaProxy = await editor.call('POST', '/api/backend/-/svc/block.content', {
      hashtag: 'home',
    })
    expect(viaProxy.status).toBe(200)
  })

  it('refuses toString and __proto__ services with a 4xx, never a 500', async () => {
    for (const service of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      const response = await admin.call('POST', `/api/backend/-/svc/block.${service}`, {})
      expect(response.status, service).toBeGreaterThanOrEqual(400)
      expect(response.status, service).toBeLessThan(500)
    }
  })
})

describe('on Basker with users', () => {
  let running: ListeningServer
  const READS = 20

  beforeAll(async () => {
    running = await startListening({
      basker: { rateReads: READS, rateWrites: 10 },
    } as Partial<ServerConfig>)
    await addUser(running.server, 'owner@example.com', 'admin')
    await addUser(running.server, 'ed@example.com', 'editor')
    await addUser(running.server, 'di@example.com', 'designer')
  }, SLOW)
  afterAll(() => running.stop(), SLOW)

  it('refuses a 150 MB login (and user record) without reading it', async () => {
    const admin = await login(running.origin, 'owner@example.com')
    const asAdmin = { Cookie: admin.cookie, 'X-CSRF-Token': admin.csrfToken }
    for (const [path, extra] of [
      ['/api/session/login', {}],
      ['/api/users', asAdmin],
    ] as const) {
      let pulled = 0
      const chunk = new Uint8Array(64 << 10).fill(0x20)
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled >= 150 << 20) return controller.close()
          pulled += chunk.byteLength
          controller.enqueue(chunk)
        },
      })
      const response = await running.server.app.request(`http://127.0.0.1${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Host: '127.0.0.1', ...extra },
        body,
        duplex: 'half',
      } as RequestInit)
      expect(response.status, path).toBe(413)
      expect(pulled, path).toBeLessThan(1 << 20)
    }
    const declared = await fetch(`${running.origin}/api/session/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: `{"email":"owner@example.com","password":"${'x'.repeat(64 * 1024)}"}`,
    })
    expect(declared.status).toBe(413)
  })

  it("gives each user only a share of the backend's rate limit", async () => {
    const editor = await login(running.origin, 'ed@example.com')
    const designer = await login(running.origin, 'di@example.com')
    const read = (client: Client) => client.call('GET', '/api/backend/partners/2026-02/demo/pages')
    const statuses: number[] = []
    for (let i = 0; i < READS; i += 1) statuses.push((await read(editor)).status)
    expect(statuses.slice(0, READS / 2)).toEqual(Array(READS / 2).fill(200))
    expect(statuses.slice(READS / 2)).toEqual(Array(READS / 2).fill(429))
    const refused = await read(editor)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await refused.text()).toMatch(/share/)
    // The greedy user spent only their share: the others still read.
    expect((await read(designer)).status).toBe(200)
  })

  it('slows guesses, also under case and padding variants, but never locks the owner out', async () => {
    const owner = await postLogin(running.origin, {
      email: 'owner@example.com',
      password: PASSWORD,
    })
    expect(owner.status).toBe(200)
    const device = owner.headers
      .getSetCookie()
      .map((line) => line.split(';')[0] ?? '')
      .find((pair) => pair.startsWith(`${DEVICE_COOKIE}=`))
    expect(device).toBeDefined()
    const variants = ['owner@example.com', ' OWNER@example.com', 'Owner@Example.COM  ']
    const statuses: number[] = []
    for (let i = 0; i < 12; i += 1) {
      const guess = await postLogin(running.origin, {
        email: variants[i % variants.length],
        password: `guess ${i}`,
      })
      statuses.push(guess.status)
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses.at(-1)).toBe(429)
    // The owner's browser logs in at once.
    const back = await postLogin(
      running.origin,
      { email: 'Owner@example.com', password: PASSWORD },
      { Cookie: device ?? '' },
    )
    expect(back.status).toBe(200)
    // So does the owner from another address without the cookie.
    const elsewhere = await running.server.app.request(
      'http://127.0.0.1/api/session/login',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Host: '127.0.0.1' },
        body: JSON.stringify({ email: 'owner@example.com', password: PASSWORD }),
      },
      from('198.51.100.20'),
    )
    expect(elsewhere.status).toBe(200)
  })

  it('answers 400 for a NUL in the e-mail and for __proto__ bodies, never 500', async () => {
    const nul = await postLogin(running.origin, { email: 'owner\u0000@example.com', password: 'x' })
    expect(nul.status).toBe(400)
    const proto = await postLogin(running.origin, '{"__proto__":{"email":"a@b","password":"p"}}')
    expect(proto.status).toBe(400)
    const admin = await login(running.origin, 'owner@example.com')
    // Reading the users is admin work but no write: it needs no CSRF token.
    const list = await fetch(`${running.origin}/api/users`, { headers: { Cookie: admin.cookie } })
    expect(list.status).toBe(200)
    const user = await admin.call('POST', '/api/users', {
      email: 'nul\u0000@example.com',
      name: 'N',
      role: 'editor',
      password: PASSWORD,
    })
    expect(user.status).toBe(422)
    for (const path of ['/pages/__proto__', '/__proto__/x', '/pages/toString/blocks']) {
      const response = await admin.call('GET', `/api/backend/partners/2026-02/demo${path}`)
      expect(response.status, path).toBeGreaterThanOrEqual(400)
      expect(response.status, path).toBeLessThan(500)
    }
  })

  it(`keeps at most ${MAX_SESSIONS_PER_USER} live sessions per user`, async () => {
    const clients: Client[] = []
    for (let i = 0; i < MAX_SESSIONS_PER_USER + 3; i += 1) {
      clients.push(await login(running.origin, 'di@example.com'))
    }
    const rows = await running.server.db.query<{ n: string | number }>(
      "SELECT count(*) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'di@example.com'",
    )
    expect(Number(rows.rows[0]?.n)).toBe(MAX_SESSIONS_PER_USER)
    const oldest = await clients[0]?.call('GET', '/api/session')
    expect(((await oldest?.json()) as { user: unknown }).user).toBeNull()
    const newest = await clients.at(-1)?.call('GET', '/api/session')
    expect(((await newest?.json()) as { user: unknown }).user).not.toBeNull()
    expect(SESSION_COOKIE).toBe('editor_session')
  })
})
