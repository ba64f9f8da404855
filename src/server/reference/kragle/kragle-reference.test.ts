// The Kragle reference backend over app.request: session login (cookie and inline), block types
// (visibility, paging, validation, updates, approval), remote definitions behind the allow-list,
// and stacks. Every error is HTTP 500 {code, msg} except 403 for what needs a session.
import { createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SLOW, startTestServer } from '../../test-support'
import type { TestServer } from '../../test-support'
import { loadOrCreateNamedReferenceKey } from '../reference-keys'
import { hash } from '@node-rs/argon2'
import { resetKragleSeed } from './seed/seed'
import { json, kragleClient } from './test-client'

let server: TestServer
let client: ReturnType<typeof kragleClient>
let password: string
let cookie: string
let remoteOrigin: string
let closeRemote: () => Promise<void>
const asUser = () => ({ Cookie: cookie })

const definition = {
  io: { input: {}, output: {} },
  actions: [{ action: 'render', action_params: {} }],
  state: {},
  initial_state: {},
}

beforeAll(async () => {
  const remote = createHttpServer((req, res) => {
    if (req.url === '/ok.json') res.end(JSON.stringify(definition))
    else if (req.url === '/slow.json') res.write('{')
    else if (req.url === '/broken.json') res.end(JSON.stringify({ io: {} }))
    else if (req.url === '/big.json')
      res.end(JSON.stringify({ ...definition, pad: 'x'.repeat(70_000) }))
    else res.end('<html>not json</html>')
  })
  await new Promise<void>((resolve) => remote.listen(0, '127.0.0.1', resolve))
  const { port } = remote.address() as AddressInfo
  remoteOrigin = `http://127.0.0.1:${port}`
  closeRemote = () =>
    new Promise((resolve) => {
      remote.closeAllConnections()
      remote.close(() => resolve())
    })
  server = await startTestServer({
    referenceTestHooks: true,
    kragle: {
      username: 'editor',
      remoteAllow: [`127.0.0.1:${port}`],
      remoteTimeoutMs: 500,
      sessionTtlSeconds: 600,
      referenceVariant: false,
    },
  })
  password = await loadOrCreateNamedReferenceKey(server.dataDir, 'kragle')
  client = kragleClient(server)
}, SLOW)
afterAll(async () => {
  await server?.dispose()
  await closeRemote?.()
}, SLOW)
beforeEach(async () => {
  await resetKragleSeed(server.db, await hash(password))
  cookie = await client.login(password)
})

describe('authentication', () => {
  it('sets a signed httpOnly cookie and refuses a wrong password or a forged cookie', async () => {
    const response = await client.call('POST', '/authenticate', {
      email: 'editor@kragle.example',
      password,
    })
    expect(response.headers.get('set-cookie')).toMatch(
      /^auth_tkt=.+; Max-Age=600; Path=\/; HttpOnly; SameSite=Lax$/,
    )
    expect(await json(response)).toEqual({ code: 0, user_id: 1 })
    const wrong = await client.call('POST', '/authenticate', {
      username: 'editor',
      password: 'nope',
    })
    expect(wrong.status).toBe(500)
    expect(await json(wrong)).toEqual({
      code: 3,
      msg: 'The username, e-mail or password is wrong.',
    })
    const forged = cookie.replace(/^auth_tkt=1\./, 'auth_tkt=2.')
    const write = await client.call('PUT', '/blockstacks/1', { name: 'x' }, { Cookie: forged })
    expect([write.status, await json(write)]).toEqual([
      500,
      { code: 3, msg: 'This call needs authentication.' },
    ])
  })

  it('accepts the inline {auth, payload} form', async () => {
    const inline = {
      auth: { username: 'editor', password },
      payload: { name: 'inline-stack', blocks: [] },
    }
    const created = await client.call('POST', '/blockstacks', inline)
    expect(await json(created)).toEqual({ id: 5 })
    const refused = await client.call('POST', '/blockstacks', {
      ...inline,
      auth: { username: 'editor', password: 'x' },
    })
    expect([refused.status, (await json(refused)).code]).toEqual([500, 3])
  })
})

describe('the request log (test hooks)', () => {
  it('never holds a password: logins are not logged, inline credentials are blanked', async () => {
    await server.app.request('/__test/kragle/requests', { method: 'DELETE' })
    await client.login(password)
    const inline = {
      auth: { username: 'editor', password },
      payload: { name: 'logged-stack', blocks: [] },
    }
    await client.call('POST', '/blockstacks', inline)
    const log = await (await server.app.request('/__test/kragle/requests')).text()
    expect(JSON.parse(log)).toEqual([
      {
        method: 'POST',
        path: '/api/v1/blockstacks',
        body: { auth: '[redacted]', payload: inline.payload },
      },
    ])
    expect(log).not.toContain(password)
  })
})

describe('block types', () => {
  it("lists public types only without a session, and the user's own with one", async () => {
    const anonymous = await json(await client.call('GET', '/blocktypes?page=3'))
    expect(anonymous).toMatchObject({ count: 20, pagesize: 10, page: 3, blocktypes: [] })
    const mine = await json(await client.call('GET', '/blocktypes?page=3', undefined, asUser()))
    const names = (mine.blocktypes as { name: string }[]).map((t) => t.name)
    expect(mine.count).toBe(22)
    expect(names).toEqual(['event-card', 'callout'])
    const first = await json(await client.call('GET', '/blocktypes?page=3', undefined, asUser()))
    expect((first.blocktypes as Record<string, unknown>[])[0]).toEqual({
      id: 21,
      owner: 1,
      name: 'event-card',
      definition: expect.any(Object),
      is_remote: false,
      needs_approval: true,
      is_approved: false,
    })
  })

  it('leaves out private types and is_approved with filter_user_types, adds resolved on request', async () => {
    const read = async (n: number) =>
      json(
        await client.call(
          'GET',
          `/blocktypes?filter_user_types=1&show_resolved=1&page=${n}`,
          undefined,
          asUser(),
        ),
      )
    const pages = [await read(1), await read(2)]
    const types = pages.flatMap((page) => page.blocktypes as Record<string, unknown>[])
    const names = types.map((t) => t.name)
    expect(pages.map((page) => page.count)).toEqual([20, 20])
    expect(names).toHaveLength(20)
    expect(names).toContain('callout')
    expect(names).not.toContain('team-banner')
    for (const type of types) expect(type).not.toHaveProperty('is_approved')
    const callout = types.find((t) => t.name === 'callout')
    expect(callout?.resolved).toEqual(callout?.definition)
    const weather = types.find((t) => t.name === 'weather')
    expect(typeof weather?.definition).toBe('string')
    expect(weather?.resolved).toMatchObject({ actions: expect.any(Array) })
    const bad = await client.call('GET', '/blocktypes?show_resolved=yes')
    expect([bad.status, await json(bad)]).toEqual([
      500,
      { code: 1, msg: 'show_resolved must be 0 or 1.' },
    ])
  })

  it('answers 403 for a private type without its owner, and resolves remote ones', async () => {
    expect((await client.call('GET', '/blocktypes/byname/team-banner')).status).toBe(403)
    expect(
      (await client.call('GET', '/blocktypes/byname/team-banner', undefined, asUser())).status,
    ).toBe(200)
    const theirs = await client.call('GET', '/blocktypes/byname/secret-widget', undefined, asUser())
    expect([theirs.status, (await json(theirs)).code]).toEqual([403, 23])
    const weather = await json(await client.call('GET', '/blocktypes/byname/weather'))
    expect(weather).toMatchObject({
      is_remote: true,
      definition: 'https://blocks.kragle.example/weather.json',
    })
    expect(weather.resolved).toMatchObject({ initial_state: { city: 'Oslo', unit: 'C' } })
    const missing = await client.call('GET', '/blocktypes/byid/999')
    expect([missing.status, await json(missing)]).toEqual([
      500,
      { code: 6, msg: 'No block type #999.' },
    ])
  })

  it('validates without storing, creates, and keeps names unique', async () => {
    const body = { name: 'hero', definition }
    expect(await json(await client.call('POST', '/validate/blocktypes', body, asUser()))).toEqual({
      validated: true,
    })
    expect((await client.call('GET', '/blocktypes/byname/hero', undefined, asUser())).status).toBe(
      500,
    )
    expect(await json(await client.call('POST', '/blocktypes', body, asUser()))).toEqual({ id: 24 })
    const again = await json(await client.call('POST', '/blocktypes', body, asUser()))
    expect(again).toEqual({ code: 5, msg: 'A block type named "hero" already exists.' })
    expect(await json(await client.call('POST', '/blocktypes', body))).toMatchObject({ code: 3 })
  })

  it('refuses a broken structure (9), bad JSON (2), a uri without is_remote (4) and over 64 KB (4)', async () => {
    const broken = await json(
      await client.call(
        'POST',
        '/blocktypes',
        { name: 'b', definition: { io: { input: {} } } },
        asUser(),
      ),
    )
    expect(broken).toEqual({
      code: 9,
      msg: 'Invalid block structure: io.output: io.output is missing; actions: actions is missing; state: state is missing; initial_state: initial_state is missing.',
    })
    expect(
      await json(await client.call('POST', '/blocktypes', '{"name":', asUser())),
    ).toMatchObject({ code: 2 })
    const uri = await json(
      await client.call(
        'POST',
        '/blocktypes',
        { name: 'u', definition: 'https://x.example/a.json' },
        asUser(),
      ),
    )
    expect(uri).toEqual({ code: 4, msg: 'A uri definition needs is_remote: true.' })
    const big = { ...definition, pad: 'x'.repeat(64 * 1024) }
    const large = await json(
      await client.call('POST', '/blocktypes', { name: 'big', definition: big }, asUser()),
    )
    expect(large).toEqual({ code: 4, msg: 'The definition is larger than 64 KB.' })
  })

  it('reads remote definitions only from allowed hosts, within the size cap', async () => {
    const remote = (path: string) => ({
      name: `r${path.length}`,
      is_remote: true,
      definition: `${remoteOrigin}${path}`,
    })
    expect(
      await json(await client.call('POST', '/blocktypes', remote('/ok.json'), asUser())),
    ).toEqual({ id: 24 })
    const stored = await json(await client.call('GET', '/blocktypes/byid/24', undefined, asUser()))
    expect(stored).toMatchObject({
      is_remote: true,
      definition: `${remoteOrigin}/ok.json`,
      resolved: definition,
    })
    const cases: [string, number, string][] = [
      ['/page.html', 7, 'The remote definition is not JSON.'],
      ['/slow.json', 7, 'The remote definition did not answer within 500 ms.'],
      ['/big.json', 7, 'The remote definition is larger than 65536 bytes.'],
      [
        '/broken.json',
        9,
        'Invalid block structure: io.input: io.input is missing; io.output: io.output is missing; actions: actions is missing; state: state is missing; initial_state: initial_state is missing.',
      ],
    ]
    for (const [path, code, msg] of cases) {
      expect(
        await json(await client.call('POST', '/validate/blocktypes', remote(path), asUser())),
      ).toEqual({ code, msg })
    }
    const elsewhere = { name: 'far', is_remote: true, definition: 'http://127.0.0.2:9/x.json' }
    expect(
      await json(await client.call('POST', '/validate/blocktypes', elsewhere, asUser())),
    ).toEqual({
      code: 7,
      msg: 'Remote definitions are only read from allowed hosts; 127.0.0.2:9 is not one of them.',
    })
  })

  it('updates only the fields sent; an approved type keeps its definition (20)', async () => {
    const updated = await json(
      await client.call('PUT', '/blocktypes/20', { name: 'crew-banner' }, asUser()),
    )
    expect(updated).toMatchObject({
      id: 20,
      name: 'crew-banner',
      is_remote: false,
      needs_approval: false,
    })
    expect(updated.definition).toEqual(updated.resolved as object)
    const approved = await json(
      await client.call('PUT', '/blocktypes/22', { definition }, asUser()),
    )
    expect(approved).toEqual({
      code: 20,
      msg: 'Block type #22 is approved: its definition and is_remote cannot change.',
    })
    expect(
      await json(await client.call('PUT', '/blocktypes/22', { needs_approval: true }, asUser())),
    ).toMatchObject({ needs_approval: true })
    const notMine = await client.call('PUT', '/blocktypes/1', { name: 'mine' }, asUser())
    expect([notMine.status, (await json(notMine)).code]).toEqual([500, 23])
  })
})

describe('stacks', () => {
  it('lists 10 a page under stacks, reads instances with ids, and answers a PUT without blocks', async () => {
    const list = await json(await client.call('GET', '/blockstacks', undefined, asUser()))
    expect(list).toMatchObject({ count: 4, pagesize: 10, page: 1 })
    expect((list.stacks as unknown[])[1]).toEqual({
      id: 2,
      owner: 1,
      name: 'about-page',
      webhook: null,
      webhook_method: null,
      webhook_token: null,
      blocks: [
        { id: 6, type: 'heading', conversion: null, state: { text: 'About us' } },
        { id: 7, type: 'quote', conversion: null, state: { text: 'Small blocks, big pages.' } },
        { id: 8, type: 'divider', conversion: null },
      ],
      jobs: [],
    })
    const blocks = [
      ['divider', null, {}],
      ['heading', { x: 1 }, { name: 'H', state: { text: 'hi' }, colour: 'red' }],
      ['quote', null, { state: { text: 'q' } }],
      ['divider', null, {}],
    ]
    const put = await json(await client.call('PUT', '/blockstacks/2', { blocks }, asUser()))
    expect(put).toEqual({
      id: 2,
      owner: 1,
      name: 'about-page',
      is_approved: false,
      needs_approval: false,
      webhook: null,
      webhook_method: null,
      webhook_token: null,
      instances: [6, 7, 8, 16],
      jobs: [],
    })
    const read = await json(await client.call('GET', '/blockstacks/byid/2', undefined, asUser()))
    expect(read.blocks).toEqual([
      { id: 6, type: 'divider', conversion: null },
      { id: 7, type: 'heading', conversion: { x: 1 }, state: { text: 'hi' }, colour: 'red' },
      { id: 8, type: 'quote', conversion: null, state: { text: 'q' } },
      { id: 16, type: 'divider', conversion: null },
    ])
    const signedOut = await json(await client.call('GET', '/blockstacks/byname/about-page'))
    expect(signedOut.blocks).toEqual([
      { id: 6, type: 'divider' },
      { id: 7, type: 'heading' },
      { id: 8, type: 'quote' },
      { id: 16, type: 'divider' },
    ])
  })

  it('refuses entries that are malformed or name a type the user cannot use', async () => {
    const cases: [unknown, number, string][] = [
      [
        [['heading', null]],
        4,
        'blocks[0]: an entry is [blockTypeName, conversion, {name?, state?}].',
      ],
      [[['heading', null, { name: 1 }]], 4, 'blocks[0]: name must be a string.'],
      [
        [
          ['heading', null, {}],
          ['secret-widget', null, {}],
        ],
        23,
        'blocks[1]: block type "secret-widget" is private.',
      ],
      [[['no-such-type', null, {}]], 22, 'blocks[0]: no block type named "no-such-type".'],
    ]
    for (const [blocks, code, msg] of cases) {
      expect(await json(await client.call('PUT', '/blockstacks/1', { blocks }, asUser()))).toEqual({
        code,
        msg,
      })
    }
  })
})
