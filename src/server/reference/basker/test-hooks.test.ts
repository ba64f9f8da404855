// /__test/basker: the request log, injected failures and the reset used by the browser tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baskerClient, startTestServer, type TestServer, SLOW } from '../../test-support'

let server: TestServer
let api: ReturnType<typeof baskerClient>

beforeAll(async () => {
  server = await startTestServer({ referenceTestHooks: true })
  api = baskerClient(server)
}, SLOW)
afterAll(() => server.dispose(), SLOW)

const hook = (method: string, path: string, body?: unknown) =>
  server.app.request(`/__test/basker${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  })

const removeHero = async () => {
  const { updatedAt } = await api.draft('pages', 'home')
  return api.patch('/pages/home/blocks', {
    draft: true,
    ifUpdatedAt: updatedAt,
    operations: [{ op: 'remove', blockId: 'home-hero' }],
  })
}

describe('test hooks', () => {
  it('logs the write requests received, in order, with parsed bodies; DELETE clears it', async () => {
    await hook('DELETE', '/requests')
    await api.get('/pages')
    const patched = await removeHero()
    expect(patched.status).toBe(200)
    await api.patch('/pages/home/blocks', 'not json')
    const log = (await (await hook('GET', '/requests')).json()) as {
      method: string
      path: string
      body: unknown
    }[]
    expect(log).toHaveLength(2)
    expect(log[0]).toMatchObject({
      method: 'PATCH',
      path: '/partners/2026-02/demo/pages/home/blocks',
    })
    expect(log[0]?.body).toMatchObject({
      draft: true,
      operations: [{ op: 'remove', blockId: 'home-hero' }],
    })
    expect(log[1]?.body).toBe('not json')
    expect((await hook('DELETE', '/requests')).status).toBe(204)
    expect(await (await hook('GET', '/requests')).json()).toEqual([])
  })

  it('resets the demo tenant to the seed', async () => {
    expect((await api.draft('pages', 'home')).blocks.map((b) => b.id)).not.toContain('home-hero')
    expect((await hook('POST', '/reset')).status).toBe(200)
    expect((await api.draft('pages', 'home')).blocks[0]?.id).toBe('home-hero')
  })

  it('makes the next PATCH …/blocks fail as asked, without applying it', async () => {
    const before = await api.draft('pages', 'home')
    expect((await hook('POST', '/fail-next', { status: 422 })).status).toBe(200)
    const failed = await removeHero()
    expect(failed.status).toBe(422)
    expect(await failed.json()).toMatchObject({
      error: 'Unprocessable',
      errors: [{ path: 'operations[0]' }],
    })
    expect(await api.draft('pages', 'home')).toEqual(before)

    await hook('POST', '/fail-next', { status: 429, count: 2 })
    for (let i = 0; i < 2; i += 1) {
      const limited = await removeHero()
      expect(limited.status).toBe(429)
      expect(limited.headers.get('Retry-After')).toBe('1')
    }
    expect(await api.draft('pages', 'home')).toEqual(before)
    expect((await removeHero()).status).toBe(200)

    await hook('POST', '/fail-next', { status: 500, body: { error: 'Boom', message: 'custom' } })
    const custom = await removeHero()
    expect(custom.status).toBe(500)
    expect(await custom.json()).toEqual({ error: 'Boom', message: 'custom' })
  })

  it('rejects a failure that is not an error status', async () => {
    expect((await hook('POST', '/fail-next', { status: 200 })).status).toBe(400)
    expect((await hook('POST', '/fail-next', { status: 409, count: 0 })).status).toBe(400)
  })
})
