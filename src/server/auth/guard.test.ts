// The guard with a fake backend classifier: a Drumee-like publish request is refused to editors
// and designers and let through for admins, whatever the request looks like.
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { Role } from '../../core/roles'
import type { ProxiedRequest } from '../reference/registry-types'
import type { AuthStores } from './auth-state'
import { mountGuard } from './guard'
import type { SessionRecord } from './session-repository'
import type { User } from './user-repository'

const SESSION_ID = 'S'.repeat(43)
const TOKEN = 'token-of-the-session'

const storesFor = (role: Role): AuthStores => {
  const user: User = { id: 'u1', email: 'u@example.com', name: 'U', role, createdAt: '' }
  const session: SessionRecord = { userId: 'u1', csrfToken: TOKEN, expiresAt: '' }
  return {
    users: { exist: async () => true, byId: async () => user } as unknown as AuthStores['users'],
    sessions: {
      find: async (id: string) => (id === SESSION_ID ? session : null),
    } as unknown as AuthStores['sessions'],
  }
}

const seen: ProxiedRequest[] = []
const classify = (request: ProxiedRequest) => {
  seen.push(request)
  return request.path.endsWith('/publish') ? ('publish' as const) : ('edit' as const)
}

const appFor = (role: Role) => {
  const app = new Hono()
  mountGuard(app, { stores: storesFor(role), classify, bodyLimitBytes: 1024 })
  app.all('/api/backend/*', async (c) =>
    c.json({ forwarded: await c.req.text(), csrf: c.req.header('x-csrf-token') ?? null }),
  )
  return app
}

const publish = (app: Hono) =>
  app.request('/api/backend/api/v1/nodes/42/publish', {
    method: 'POST',
    headers: {
      Cookie: `editor_session=${SESSION_ID}`,
      'X-CSRF-Token': TOKEN,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ version: 3 }),
  })

describe('the role check on proxied requests', () => {
  it('refuses a publish from an editor or a designer with 403', async () => {
    for (const role of ['editor', 'designer'] as const) {
      const response = await publish(appFor(role))
      expect(response.status).toBe(403)
      expect(((await response.json()) as { message: string }).message).toBe(
        `Your role (${role}) may not publish or unpublish; ask an admin.`,
      )
    }
  })

  it('lets an admin publish; the body reaches the backend intact, the CSRF token does not', async () => {
    const response = await publish(appFor('admin'))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ forwarded: '{"version":3}', csrf: null })
    expect(seen.at(-1)).toEqual({
      method: 'POST',
      path: '/api/v1/nodes/42/publish',
      body: { version: 3 },
    })
  })

  it('without a classifier, a write needs an admin', async () => {
    const app = new Hono()
    mountGuard(app, { stores: storesFor('designer'), classify: undefined, bodyLimitBytes: 1024 })
    app.all('/api/backend/*', (c) => c.text('ok'))
    const headers = { Cookie: `editor_session=${SESSION_ID}`, 'X-CSRF-Token': TOKEN }
    expect((await app.request('/api/backend/x', { headers })).status).toBe(200)
    expect((await app.request('/api/backend/x', { method: 'PUT', headers })).status).toBe(403)
  })
})
