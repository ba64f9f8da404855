// The loopback rule over real HTTP: without users the server is a local admin for requests
// addressed to a loopback name only; the first user switches that off at once; a public bind
// without users does not start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError } from '../config'
import { rm } from 'node:fs/promises'
import { createServer } from '../app'
import { SLOW, tempDataDir, testConfig } from '../test-support'
import { addUser, login, startListening, type ListeningServer } from './test-client'

const SITE_THEME = '/api/backend/partners/2026-02/demo/theme/settings'

describe('a loopback server without users', () => {
  let running: ListeningServer
  beforeAll(async () => {
    running = await startListening()
  }, SLOW)
  afterAll(() => running.stop(), SLOW)

  it('answers as the local admin, without a login or a CSRF token', async () => {
    const session = await (await fetch(`${running.origin}/api/session`)).json()
    expect(session).toEqual({
      mode: 'local',
      user: { id: 'local', email: '', name: 'Local admin', role: 'admin' },
      csrfToken: null,
    })
    // Basker has no read of the site theme's values: its guard is "not changed since".
    const updatedAt = new Date().toISOString()
    const write = await fetch(`${running.origin}${SITE_THEME}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Origin: running.origin },
      body: JSON.stringify({
        draft: true,
        ifUpdatedAt: updatedAt,
        set: { accentColor: '#333333' },
      }),
    })
    expect(write.status).toBe(200)
  })

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const response = await running.server.app.request('http://rebind.example/api/session', {
      headers: { Host: 'rebind.example' },
    })
    expect(response.status).toBe(403)
  })

  it('refuses writes from another site', async () => {
    const response = await fetch(`${running.origin}${SITE_THEME}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' },
      body: '{}',
    })
    expect(response.status).toBe(403)
  })

  it('refuses a first user who is not an admin, then needs logins once one exists', async () => {
    const add = (role: string | undefined, email: string) =>
      fetch(`${running.origin}/api/users`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, name: 'Someone', role, password: 'correct horse battery' }),
      })
    const editorFirst = await add('editor', 'first@example.com')
    expect(editorFirst.status).toBe(422)
    // Without a role the first user is an admin.
    const boss = await add(undefined, 'boss@example.com')
    expect(boss.status).toBe(201)
    expect(((await boss.json()) as { user: { role: string } }).user.role).toBe('admin')

    expect((await fetch(`${running.origin}${SITE_THEME}`)).status).toBe(401)
    const session = (await (await fetch(`${running.origin}/api/session`)).json()) as {
      mode: string
      user: unknown
    }
    expect(session).toMatchObject({ mode: 'users', user: null })
    const loggedIn = await login(running.origin, 'boss@example.com')
    expect((await loggedIn.call('GET', `${SITE_THEME}/schema`)).status).toBe(200)
  })
})

describe('user management', () => {
  let running: ListeningServer
  beforeAll(async () => {
    running = await startListening()
    await addUser(running.server, 'boss@example.com', 'admin')
  }, SLOW)
  afterAll(() => running.stop(), SLOW)

  it('adds, re-roles and removes users, but never the last admin', async () => {
    const boss = await login(running.origin, 'boss@example.com')
    const created = await boss.call('POST', '/api/users', {
      email: 'New@Example.com',
      name: 'New',
      role: 'editor',
      password: 'correct horse battery',
    })
    expect(created.status).toBe(201)
    const { user } = (await created.json()) as { user: { id: string; email: string } }
    expect(user.email).toBe('new@example.com')
    const duplicate = await boss.call('POST', '/api/users', {
      email: 'new@example.com',
      name: 'Again',
      role: 'editor',
      password: 'correct horse battery',
    })
    expect(duplicate.status).toBe(409)
    expect((await boss.call('PATCH', `/api/users/${user.id}`, { role: 'designer' })).status).toBe(
      200,
    )
    const list = (await (await boss.call('GET', '/api/users')).json()) as {
      users: { email: string; role: string; id: string }[]
    }
    expect(list.users.map((u) => [u.email, u.role])).toEqual([
      ['boss@example.com', 'admin'],
      ['new@example.com', 'designer'],
    ])
    const bossId = list.users[0]?.id ?? ''
    expect((await boss.call('PATCH', `/api/users/${bossId}`, { role: 'editor' })).status).toBe(409)
    expect((await boss.call('DELETE', `/api/users/${bossId}`)).status).toBe(409)
    expect((await boss.call('DELETE', `/api/users/${user.id}`)).status).toBe(204)
  })

  it('refuses a short password with a clear message', async () => {
    const boss = await login(running.origin, 'boss@example.com')
    const response = await boss.call('POST', '/api/users', {
      email: 'short@example.com',
      name: 'Short',
      role: 'editor',
      password: 'short',
    })
    expect(response.status).toBe(422)
    expect(((await response.json()) as { message: string }).message).toMatch(/at least 10/)
  })
})

describe('a server bound to a public address', () => {
  it(
    'refuses to start without users and says why',
    async () => {
      const dataDir = await tempDataDir()
      try {
        const start = createServer(testConfig(dataDir, { host: '0.0.0.0' }), { log: () => {} })
        await expect(start).rejects.toThrow(ConfigError)
        await expect(start).rejects.toThrow(/HOST=0\.0\.0\.0 .* no user exists/)
      } finally {
        await rm(dataDir, { recursive: true, force: true })
      }
    },
    SLOW,
  )
})
