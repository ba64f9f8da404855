// The server against a Drumee hub that is not its own (BACKEND_URL): a second server's reference
// hub, which behaves as a real hub does. The proxy logs in with BACKEND_USERNAME / BACKEND_PASSWORD
// (yp.login, the session cookie kept server-side), the editor's adapter edits a page end to end,
// a hub that forgot its sessions is logged in to again, a wrong password is a clear error at start
// and in the editor, and a GET or a tree 1,200 levels deep never writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adapterError } from '../../adapters/contract/contract-helpers'
import { SERVER_START_MS } from '../../adapters/contract/define-adapter-contract'
import { createDrumeeAdapter } from '../../adapters/drumee/drumee-adapter'
import type { BackendAdapter, RecordRef } from '../../adapters/types'
import { startListening, type ListeningServer } from '../../server/start-listening'
import { loadOrCreateNamedReferenceKey } from '../../server/reference/reference-keys'

type Running = ListeningServer
const start = (env: Record<string, string>): Promise<Running> =>
  startListening({ env: { ...env, BACKEND: 'drumee' } })

const home: RecordRef = { collection: 'pages', id: '1', device: 'desktop', locale: 'en' }

describe('drumee: the server against a hub of its own (BACKEND_URL)', () => {
  let hub: Running
  let editor: Running
  let adapter: BackendAdapter
  let password: string

  /** A draft as a visitor of the hub itself reads it. */
  const hubDraft = async (): Promise<Record<string, unknown>> => {
    const response = await fetch(`${hub.origin}/ref/drumee/-/svc/block.content`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: '1', pagelang: 'en', status: 'draft' }),
    })
    return (await response.json()) as Record<string, unknown>
  }

  beforeAll(async () => {
    hub = await start({ REFERENCE_TEST_HOOKS: '1' })
    password = await loadOrCreateNamedReferenceKey(hub.dataDir, 'drumee')
    editor = await start({
      BACKEND_URL: `${hub.origin}/ref/drumee`,
      BACKEND_USERNAME: 'drumee',
      BACKEND_PASSWORD: password,
    })
    adapter = createDrumeeAdapter({ baseUrl: `${editor.origin}/api/backend` })
  }, 2 * SERVER_START_MS)
  afterAll(async () => {
    await editor?.stop()
    await hub?.stop()
  }, SERVER_START_MS)

  it('logs in at start and edits a page end to end; the browser never sees the session', async () => {
    await expect.poll(() => editor.logs).toContain('Logged in to the Drumee hub.')
    const before = await adapter.loadRecord(home)
    const ops = [{ op: 'update' as const, blockId: 'home-title', value: { text: 'From afar' } }]
    const saved = await adapter.applyOperations(home, ops, {
      version: before.version,
      base: before.blocks,
    })
    const stored = await hubDraft()
    expect(stored.serial).toBe(Number(saved.version))
    expect(JSON.stringify(stored.kids)).toContain('From afar')
    const raw = await fetch(`${editor.origin}/api/backend/-/svc/block.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(raw.status).toBe(200)
    expect(raw.headers.get('set-cookie')).toBeNull()
    expect(await raw.text()).not.toContain(password)
  })

  it('logs in again when the hub forgot its sessions (a restart)', async () => {
    await fetch(`${hub.origin}/__test/drumee/expire-sessions`, { method: 'POST' })
    const page = await adapter.listRecords({ collection: 'pages', page: 1, limit: 10 })
    expect(page.total).toBeGreaterThanOrEqual(4)
  })

  it('a GET to a writing service is refused (405) and writes nothing', async () => {
    const letc = JSON.stringify({ kind: 'page', kids: [] })
    const query = new URLSearchParams({
      id: '1',
      serial: '3',
      status: 'publish_with_history',
      letc,
    })
    const answer = await fetch(`${editor.origin}/api/backend/-/svc/block.store?${query}`)
    expect(answer.status).toBe(405)
    expect(await adapter.published!.loadPublished(home)).toMatchObject({ version: '2' })
  })

  it('a tree 1,200 levels deep is refused with 400, with what is wrong', async () => {
    let node: Record<string, unknown> = { id: 'leaf', kind: 'paragraph' }
    for (let n = 0; n < 1200; n += 1) node = { id: `n${n}`, kind: 'section', kids: [node] }
    const before = await hubDraft()
    const answer = await fetch(`${editor.origin}/api/backend/-/svc/block.store`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: '1',
        serial: before.serial,
        letc: { kind: 'page', kids: [node] },
      }),
    })
    expect(answer.status).toBe(400)
    expect(await answer.json()).toMatchObject({
      error: 'LETC_TOO_DEEP',
      reason: expect.stringContaining('more than 64 levels deep'),
    })
    expect((await hubDraft()).serial).toBe(before.serial)
  })

  it('a header may not pick hub parameters: x-param-* never reaches the hub', async () => {
    const answer = await fetch(`${editor.origin}/api/backend/-/svc/block.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-param-hashtag': 'about' },
      body: JSON.stringify({ hashtag: 'home' }),
    })
    expect(((await answer.json()) as { data: { hashtag: string } }).data.hashtag).toBe('home')
  })

  it(
    'a wrong password: a clear line at start, a sentence in the editor',
    { timeout: SERVER_START_MS },
    async () => {
      const wrong = await start({
        BACKEND_URL: `${hub.origin}/ref/drumee`,
        BACKEND_USERNAME: 'drumee',
        BACKEND_PASSWORD: 'not-the-password',
      })
      try {
        await expect
          .poll(() => wrong.logs.join('\n'))
          .toContain(
            "Drumee login failed: The Drumee hub refused the server's login: wrong user name or " +
              'password (WRONG_CREDENTIALS). Check BACKEND_USERNAME and BACKEND_PASSWORD.',
          )
        const editorOfWrong = createDrumeeAdapter({ baseUrl: `${wrong.origin}/api/backend` })
        const error = await adapterError(editorOfWrong.loadRecord(home))
        expect(error.kind).toBe('auth')
        expect(error.message).toMatch(/wrong user name or password \(WRONG_CREDENTIALS\)/)
        expect(error.message).not.toContain('not-the-password')
        expect(wrong.logs.join('\n')).not.toContain('not-the-password')
      } finally {
        await wrong.stop()
      }
    },
  )

  it(
    'no password configured for a hub of its own: says which settings to give',
    { timeout: SERVER_START_MS },
    async () => {
      const none = await start({ BACKEND_URL: `${hub.origin}/ref/drumee` })
      try {
        const error = await adapterError(
          createDrumeeAdapter({ baseUrl: `${none.origin}/api/backend` }).loadRecord(home),
        )
        expect(error.kind).toBe('auth')
        expect(error.message).toMatch(/set BACKEND_USERNAME and BACKEND_PASSWORD/)
      } finally {
        await none.stop()
      }
    },
  )
})
