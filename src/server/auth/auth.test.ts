// The role checks and session rules over real HTTP, against the server's own Basker reference:
// what an editor may not do is refused (403) however the request is made, and a request without
// a session, with a forged cookie or without the CSRF token never reaches the backend.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SLOW } from '../test-support'
import { addUser, login, startListening, type Client, type ListeningServer } from './test-client'

const ROOT = '/api/backend/partners/2026-02/demo'
// A record's theme: Basker serves its values on the record's read (there is no read of the
// site theme's values), guarded by the record's updatedAt.
const HOME_THEME = `${ROOT}/pages/home/theme-settings`
const SITE_THEME = `${ROOT}/theme/settings`

let running: ListeningServer
let editor: Client
let designer: Client
let admin: Client

const message = async (response: Response): Promise<string> =>
  ((await response.json()) as { message: string }).message

const themeWrite = async (client: Client, accentColor: string): Promise<Response> => {
  const { updatedAt } = await homeDraft(client)
  return client.call('PATCH', HOME_THEME, {
    draft: true,
    ifUpdatedAt: updatedAt,
    set: { accentColor },
  })
}

interface HomeDraft {
  updatedAt: string
  blocks: { id: string }[]
  themeSettings: Record<string, unknown>
}

async function homeDraft(client: Client): Promise<HomeDraft> {
  return (await (await client.call('GET', `${ROOT}/pages/home?draft=true`)).json()) as HomeDraft
}

beforeAll(async () => {
  running = await startListening()
  await addUser(running.server, 'ed@example.com', 'editor')
  await addUser(running.server, 'di@example.com', 'designer')
  await addUser(running.server, 'ad@example.com', 'admin')
  editor = await login(running.origin, 'ed@example.com')
  designer = await login(running.origin, 'di@example.com')
  admin = await login(running.origin, 'Ad@Example.com ')
}, SLOW)
afterAll(() => running.stop(), SLOW)

describe('an editor', () => {
  it('reads and edits drafts', async () => {
    const draft = await homeDraft(editor)
    const first = draft.blocks[0]
    expect(first).toBeDefined()
    const response = await editor.call('PATCH', `${ROOT}/pages/home/blocks`, {
      draft: true,
      ifUpdatedAt: draft.updatedAt,
      operations: [{ op: 'moveAfter', blockId: first?.id, anchorId: draft.blocks[1]?.id }],
    })
    expect(response.status).toBe(200)
  })

  it('may not change theme settings (403), and nothing changes', async () => {
    const response = await themeWrite(editor, '#111111')
    expect(response.status).toBe(403)
    expect(await message(response)).toBe(
      'Your role (editor) may not change theme settings; ask an admin.',
    )
    expect((await homeDraft(editor)).themeSettings.accentColor).not.toBe('#111111')
  })

  it('may not delete a record (403)', async () => {
    const response = await editor.call('DELETE', `${ROOT}/pages/home`)
    expect(response.status).toBe(403)
    expect(await message(response)).toMatch(/may not delete records/)
  })

  it('may not publish (403)', async () => {
    const response = await editor.call('PATCH', `${ROOT}/pages/home`, { draft: false })
    expect(response.status).toBe(403)
    expect(await message(response)).toMatch(/may not publish or unpublish/)
  })

  it('may not replace a whole page (403)', async () => {
    const draft = await homeDraft(editor)
    const response = await editor.call('PATCH', `${ROOT}/pages/home/blocks`, {
      draft: true,
      ifUpdatedAt: draft.updatedAt,
      operations: [{ op: 'replaceAll', blocks: [] }],
    })
    expect(response.status).toBe(403)
    expect((await homeDraft(editor)).blocks.length).toBe(draft.blocks.length)
  })

  it('may not manage users (403)', async () => {
    expect((await editor.call('GET', '/api/users')).status).toBe(403)
  })
})

describe('a designer and an admin', () => {
  it('a designer changes theme settings', async () => {
    const response = await themeWrite(designer, '#222222')
    expect(response.status).toBe(200)
    expect((await homeDraft(designer)).themeSettings.accentColor).toBe('#222222')
  })

  it('a designer reorders a whole page with replaceAll', async () => {
    const draft = (await (await designer.call('GET', `${ROOT}/pages/home?draft=true`)).json()) as {
      updatedAt: string
      blocks: { id: string; type: string; value: unknown }[]
    }
    const reversed = [...draft.blocks].reverse()
    const response = await designer.call('PATCH', `${ROOT}/pages/home/blocks`, {
      draft: true,
      ifUpdatedAt: draft.updatedAt,
      operations: [{ op: 'replaceAll', blocks: reversed }],
    })
    expect(response.status).toBe(200)
    expect((await homeDraft(designer)).blocks.map((b) => b.id)).toEqual(reversed.map((b) => b.id))
  })

  it('a designer may still not delete', async () => {
    expect((await designer.call('DELETE', `${ROOT}/pages/home`)).status).toBe(403)
  })

  it("an admin's delete passes the role check and reaches the backend", async () => {
    const response = await admin.call('DELETE', `${ROOT}/pages/home`)
    // The reference Basker has no record deletion: its own 404, not the guard's 403.
    expect(response.status).toBe(404)
    expect(await message(response)).not.toMatch(/role/)
  })
})

describe('sessions and CSRF', () => {
  const write = (headers: Record<string, string>) =>
    fetch(`${running.origin}${SITE_THEME}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ draft: true, ifUpdatedAt: 'x', set: {} }),
    })

  it('refuses a request without a session (401), reads included', async () => {
    expect((await fetch(`${running.origin}${ROOT}/pages/home`)).status).toBe(401)
    expect((await write({ Origin: running.origin })).status).toBe(401)
  })

  it('refuses a forged cookie (401)', async () => {
    const forged = `editor_session=${'A'.repeat(43)}`
    const response = await write({ Cookie: forged, 'X-CSRF-Token': admin.csrfToken })
    expect(response.status).toBe(401)
  })

  it('refuses a write without the CSRF token, or with another session’s (403)', async () => {
    const missing = await admin.call(
      'PATCH',
      SITE_THEME,
      { draft: true, set: {} },
      { 'X-CSRF-Token': '' },
    )
    expect(missing.status).toBe(403)
    expect(await message(missing)).toMatch(/CSRF token/)
    const other = await admin.call('PATCH', SITE_THEME, {}, { 'X-CSRF-Token': editor.csrfToken })
    expect(other.status).toBe(403)
  })

  it('refuses a write from another site even with a valid session and token (403)', async () => {
    const response = await admin.call('PATCH', SITE_THEME, {}, { Origin: 'https://evil.example' })
    expect(response.status).toBe(403)
    expect(await message(response)).toMatch(/not from https:\/\/evil.example/)
  })

  it('sets an httpOnly SameSite=Strict cookie and answers the session without its id', async () => {
    const response = await fetch(`${running.origin}/api/session/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: running.origin },
      body: JSON.stringify({ email: 'ed@example.com', password: 'correct horse battery' }),
    })
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^editor_session=[A-Za-z0-9_-]{43};/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    const body = JSON.stringify(await response.json())
    expect(body).not.toContain(cookie.split(';')[0]?.split('=')[1])
  })

  it('says "wrong e-mail or password" alike for an unknown address and a wrong password', async () => {
    const attempt = (email: string) =>
      fetch(`${running.origin}/api/session/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: 'not the password' }),
      })
    const unknown = await attempt('nobody@example.com')
    const wrong = await attempt('ed@example.com')
    expect([unknown.status, wrong.status]).toEqual([401, 401])
    expect(await message(unknown)).toBe(await message(wrong))
  })

  it('logs out: the session no longer works', async () => {
    const client = await login(running.origin, 'di@example.com')
    expect((await client.call('GET', '/api/session')).status).toBe(200)
    expect((await client.call('POST', '/api/session/logout')).status).toBe(204)
    const after = (await (await client.call('GET', '/api/session')).json()) as { user: unknown }
    expect(after.user).toBeNull()
    expect((await client.call('GET', `${ROOT}/pages/home`)).status).toBe(401)
  })
})
