// The comment and approval routes over real HTTP with real sessions, on PGlite and (when
// TEST_DATABASE_URL is set) on PostgreSQL in a schema of its own; and comments surviving a
// server closed and opened again on the same data directory.
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer } from '../app'
import type { ServerConfig } from '../config'
import { openPostgresDb } from '../storage/postgres-db'
import { SLOW, tempDataDir, testConfig } from '../test-support'
import {
  addUser,
  login,
  startListening,
  type Client,
  type ListeningServer,
} from '../auth/test-client'

const RECORD = JSON.stringify(['basker', 'pages', 'home'])
const OTHER_RECORD = JSON.stringify(['basker', 'pages', 'about'])

interface Thread {
  id: string
  blockId: string
  blockLabel: string
  resolved: boolean
  resolvedBy: string | null
  resolvedAt: string | null
  comments: { id: string; authorId: string; authorName: string; body: string; createdAt: string }[]
}

const threadsOf = async (client: Client, record = RECORD): Promise<Thread[]> => {
  const response = await client.call('GET', `/api/comments?record=${encodeURIComponent(record)}`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { threads: Thread[] }).threads
}

const messageOf = async (response: Response): Promise<string> =>
  ((await response.json()) as { message: string }).message

const suite = (overrides: () => Partial<ServerConfig>) => {
  let running: ListeningServer
  let ann: Client
  let bob: Client
  let boss: Client

  beforeAll(async () => {
    running = await startListening(overrides())
    await addUser(running.server, 'ann@example.com', 'editor')
    await addUser(running.server, 'bob@example.com', 'designer')
    await addUser(running.server, 'boss@example.com', 'admin')
    ann = await login(running.origin, 'ann@example.com')
    bob = await login(running.origin, 'bob@example.com')
    boss = await login(running.origin, 'boss@example.com')
  }, SLOW)
  afterAll(() => running?.stop(), SLOW)

  it('starts a thread on a block that another user reads, answers and resolves', async () => {
    const started = await ann.call('POST', '/api/comments', {
      record: RECORD,
      blockId: 'b1',
      blockLabel: 'Intro',
      body: '  Shorter, please <b>now</b>  ',
      // Names come from the session: a name in the body is ignored.
      authorName: 'Mallory',
    })
    expect(started.status).toBe(201)
    const { thread } = (await started.json()) as { thread: Thread }
    expect(thread).toMatchObject({ blockId: 'b1', blockLabel: 'Intro', resolved: false })
    expect(thread.comments).toEqual([
      expect.objectContaining({ authorName: 'ann', body: 'Shorter, please <b>now</b>' }),
    ])

    const seen = await threadsOf(bob)
    expect(seen.map((t) => t.id)).toEqual([thread.id])
    const reply = await bob.call('POST', `/api/comments/${thread.id}/replies`, { body: 'Done.' })
    expect(reply.status).toBe(201)
    const resolved = await bob.call('POST', `/api/comments/${thread.id}/resolve`)
    expect(resolved.status).toBe(200)

    const [after] = await threadsOf(ann)
    expect(after?.comments.map((c) => [c.authorName, c.body])).toEqual([
      ['ann', 'Shorter, please <b>now</b>'],
      ['bob', 'Done.'],
    ])
    expect(after).toMatchObject({ resolved: true, resolvedBy: 'bob' })
    expect(after?.resolvedAt).toMatch(/^\d{4}-\d\d-\d\dT/)

    const reopened = await ann.call('POST', `/api/comments/${thread.id}/reopen`)
    expect(((await reopened.json()) as { thread: Thread }).thread).toMatchObject({
      resolved: false,
      resolvedBy: null,
      resolvedAt: null,
    })
    // Another record of the same backend has its own threads.
    expect(await threadsOf(ann, OTHER_RECORD)).toEqual([])
  })

  it('answers 400 with the reason for every malformed request', async () => {
    const ok = { record: RECORD, blockId: 'b1', blockLabel: 'Intro', body: 'Hi' }
    const cases: [unknown, RegExp][] = [
      [{ ...ok, record: JSON.stringify(['tines', 'pages', 'home']) }, /backend "tines"/],
      [{ ...ok, record: 'pages/home' }, /JSON array/],
      [{ ...ok, record: JSON.stringify(['basker', 'pages', 'x'.repeat(520)]) }, /512/],
      [{ ...ok, body: 'x'.repeat(4001) }, /longer than 4000/],
      [{ ...ok, body: '   ' }, /body is empty/],
      [{ ...ok, body: 'bell\u0007' }, /control character/],
      [{ ...ok, blockId: undefined }, /blockId is missing/],
      [{ ...ok, blockLabel: 42 }, /blockLabel must be text/],
      [[1, 2], /JSON object/],
    ]
    for (const [body, message] of cases) {
      const response = await ann.call('POST', '/api/comments', body)
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400)
      expect(await messageOf(response)).toMatch(message)
    }
    const notJson = await ann.call('POST', '/api/comments', undefined, {
      'Content-Type': 'application/json',
    })
    expect(notJson.status).toBe(400)
    const badQuery = await ann.call('GET', '/api/comments?record=nope')
    expect(badQuery.status).toBe(400)
    expect((await ann.call('GET', '/api/approvals')).status).toBe(400)
    // A body of exactly 4,000 characters is accepted.
    expect(
      (await ann.call('POST', '/api/comments', { ...ok, body: 'y'.repeat(4000) })).status,
    ).toBe(201)
  })

  it('answers 404 for a thread that does not exist', async () => {
    const response = await ann.call('POST', '/api/comments/nope/replies', { body: 'Hello?' })
    expect(response.status).toBe(404)
    expect((await ann.call('POST', '/api/comments/nope/resolve')).status).toBe(404)
  })

  it('lets only admins approve or request changes, and lists who did what', async () => {
    const verdict = {
      record: RECORD,
      verdict: 'approved',
      version: '2026-01-01T00:00:00.000Z',
      documentHash: '0123abcd',
      note: 'Good to go',
    }
    const refused = await ann.call('POST', '/api/approvals', verdict)
    expect(refused.status).toBe(403)
    expect(await messageOf(refused)).toMatch(/Only an admin can approve.*your role is editor/)
    expect((await bob.call('POST', '/api/approvals', verdict)).status).toBe(403)

    expect((await boss.call('POST', '/api/approvals', { ...verdict, verdict: 'yes' })).status).toBe(
      400,
    )
    const badHash = await boss.call('POST', '/api/approvals', { ...verdict, documentHash: 'zz' })
    expect(await messageOf(badHash)).toMatch(/documentHash/)

    expect((await boss.call('POST', '/api/approvals', verdict)).status).toBe(201)
    const changes = await boss.call('POST', '/api/approvals', {
      ...verdict,
      verdict: 'changes-requested',
      version: null,
      documentHash: 'ffff0000',
      note: null,
    })
    expect(changes.status).toBe(201)

    const listed = await ann.call('GET', `/api/approvals?record=${encodeURIComponent(RECORD)}`)
    const { approvals } = (await listed.json()) as { approvals: Record<string, unknown>[] }
    expect(approvals).toEqual([
      expect.objectContaining({
        userName: 'boss',
        verdict: 'approved',
        version: '2026-01-01T00:00:00.000Z',
        documentHash: '0123abcd',
        note: 'Good to go',
      }),
      expect.objectContaining({ verdict: 'changes-requested', version: null, note: null }),
    ])
  })

  it('needs a session, and the CSRF token for writes', async () => {
    const anonymous = await fetch(
      `${running.origin}/api/comments?record=${encodeURIComponent(RECORD)}`,
    )
    expect(anonymous.status).toBe(401)
    const noToken = await fetch(`${running.origin}/api/comments`, {
      method: 'POST',
      headers: { Cookie: ann.cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ record: RECORD, blockId: 'b', blockLabel: 'B', body: 'x' }),
    })
    expect(noToken.status).toBe(403)
  })
}

describe('comments and approvals on PGlite', () => {
  suite(() => ({}))
})

const postgresUrl = process.env.TEST_DATABASE_URL
describe.runIf(postgresUrl)('comments and approvals on PostgreSQL', () => {
  const schema = `comments_test_${randomBytes(6).toString('hex')}`
  let scoped = ''
  beforeAll(async () => {
    const admin = await openPostgresDb(postgresUrl ?? '', 1)
    await admin.query(`CREATE SCHEMA ${schema}`)
    await admin.close()
    const url = new URL(postgresUrl ?? '')
    url.searchParams.set('options', `-c search_path=${schema}`)
    scoped = url.toString()
  }, SLOW)
  afterAll(async () => {
    const admin = await openPostgresDb(postgresUrl ?? '', 1)
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await admin.close()
  }, SLOW)
  suite(() => ({ databaseUrl: scoped }))
})

describe('comments across a restart', () => {
  let dataDir = ''
  beforeAll(async () => {
    dataDir = await tempDataDir()
  }, SLOW)
  afterAll(() => rm(dataDir, { recursive: true, force: true }))

  // The local admin (no users): requests addressed to a loopback name.
  const at = (path: string) => `http://127.0.0.1${path}`
  const post = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })

  it(
    'keeps threads and approvals when the server is closed and opened again',
    async () => {
      const first = await createServer(testConfig(dataDir), { log: () => undefined })
      let threadId: string
      try {
        const started = await first.app.request(
          at('/api/comments'),
          post({ record: RECORD, blockId: 'hero', blockLabel: 'Hero', body: 'Check the photo' }),
        )
        expect(started.status).toBe(201)
        threadId = ((await started.json()) as { thread: Thread }).thread.id
        await first.app.request(at(`/api/comments/${threadId}/resolve`), { method: 'POST' })
        const approved = await first.app.request(
          at('/api/approvals'),
          post({ record: RECORD, verdict: 'approved', version: null, documentHash: 'abcdef01' }),
        )
        expect(approved.status).toBe(201)
        // Each write told the live hub which record (and block) changed: its stored events.
        const events = await first.db.query<{ record_key: string; kind: string; payload: string }>(
          'SELECT record_key, kind, payload FROM live_events ORDER BY id',
        )
        expect(
          events.rows.map((row) => [row.record_key, row.kind, JSON.parse(row.payload)]),
        ).toEqual([
          [RECORD, 'comments', { record: RECORD, blockId: 'hero' }],
          [RECORD, 'comments', { record: RECORD, blockId: 'hero' }],
          [RECORD, 'approvals', { record: RECORD }],
        ])
      } finally {
        await first.close()
      }

      const second = await createServer(testConfig(dataDir), { log: () => undefined })
      try {
        const read = await second.app.request(
          at(`/api/comments?record=${encodeURIComponent(RECORD)}`),
        )
        const { threads } = (await read.json()) as { threads: Thread[] }
        expect(threads).toEqual([
          expect.objectContaining({
            id: threadId,
            blockLabel: 'Hero',
            resolved: true,
            resolvedBy: 'Local admin',
          }),
        ])
        expect(threads[0]?.comments.map((c) => [c.authorName, c.body])).toEqual([
          ['Local admin', 'Check the photo'],
        ])
        const approvals = await second.app.request(
          at(`/api/approvals?record=${encodeURIComponent(RECORD)}`),
        )
        expect(((await approvals.json()) as { approvals: unknown[] }).approvals).toHaveLength(1)
      } finally {
        await second.close()
      }
    },
    SLOW,
  )
})
