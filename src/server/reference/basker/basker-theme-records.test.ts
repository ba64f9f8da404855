// Theme settings (site-wide and per record) and the record create/update endpoints. As Basker
// documents: the schemas and the PATCHes; a record's values come back on its own read, the
// site's are not readable at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baskerClient, startTestServer, type TestServer, SLOW } from '../../test-support'

let server: TestServer
let api: ReturnType<typeof baskerClient>

const MANY = { tenant: 'demo', apiVersion: '2026-02', rateReads: 100_000, rateWrites: 100_000 }

beforeAll(async () => {
  server = await startTestServer({ basker: MANY })
  api = baskerClient(server)
}, SLOW)
afterAll(() => server.dispose(), SLOW)

interface Answer {
  versionTarget: string
  set: string[]
  unset: string[]
  document: { updatedAt?: string; themeSettings?: Record<string, unknown> }
}

const home = async () => {
  const draft = await api.draft('pages', 'home')
  return { values: draft.themeSettings as Record<string, unknown>, updatedAt: draft.updatedAt }
}

const patch = (path: string, body: unknown) => api.patch(path, body)

it('serves the schemas but no read of theme values (Basker documents none)', async () => {
  for (const schema of ['/theme/settings/schema', '/pages/theme-settings/schema']) {
    const fields = ((await (await api.get(schema)).json()) as { fields: { key: string }[] }).fields
    expect(fields.length).toBeGreaterThan(0)
  }
  expect((await api.get('/theme/settings')).status).toBe(404)
  expect((await api.get('/pages/home/theme-settings')).status).toBe(404)
})

describe('record theme settings', () => {
  const path = '/pages/home/theme-settings'

  it("come back on the record's own read", async () => {
    const current = await home()
    expect(current.values).toHaveProperty('heroOverlay')
    expect(current.updatedAt).toMatch(/Z$/)
  })

  it("set and unset under the record's updatedAt, answering Basker's documented shape", async () => {
    const before = await home()
    const blocks = (await api.draft('pages', 'home')).blocks
    const response = await patch(`${path}?locale=fr`, {
      draft: true,
      ifUpdatedAt: before.updatedAt,
      set: { accentColor: '#be123c' },
      unset: ['heroOverlay'],
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Answer
    expect(body).toMatchObject({
      versionTarget: 'draft',
      set: ['accentColor'],
      unset: ['heroOverlay'],
    })
    const after = await home()
    expect(after.values.accentColor).toBe('#be123c')
    expect(after.values).not.toHaveProperty('heroOverlay')
    expect(after.updatedAt > before.updatedAt).toBe(true)
    expect(body.document.updatedAt).toBe(after.updatedAt)
    expect((await api.draft('pages', 'home')).blocks).toEqual(blocks)
    // The record moved on: a block write with the old updatedAt is refused.
    const stale = await api.patch('/pages/home/blocks', {
      draft: true,
      ifUpdatedAt: before.updatedAt,
      operations: [],
    })
    expect(stale.status).toBe(409)
  })

  it('rejects unknown keys (422), stale versions (409), bad bodies and locales (400)', async () => {
    const before = await home()
    const { updatedAt } = before
    const cases: [unknown, number, RegExp, string?][] = [
      [{ draft: true, ifUpdatedAt: updatedAt, set: { sparkle: true } }, 422, /sparkle/],
      [{ draft: true, ifUpdatedAt: updatedAt, set: { accentColor: 7 } }, 422, /must be text/],
      [{ draft: true, ifUpdatedAt: '2020-01-01T00:00:00.000Z', set: {} }, 409, /changed/],
      [{ ifUpdatedAt: updatedAt, set: {} }, 400, /draft must be true/],
      [{ draft: true, set: {} }, 400, /ifUpdatedAt/],
      [{ draft: true, ifUpdatedAt: updatedAt, set: [] }, 400, /set must be an object/],
      [{ draft: true, ifUpdatedAt: updatedAt, set: {} }, 400, /locale "xx"/, '?locale=xx'],
    ]
    for (const [body, status, message, query] of cases) {
      const response = await patch(`${path}${query ?? ''}`, body)
      expect(response.status).toBe(status)
      expect(((await response.json()) as { message: string }).message).toMatch(message)
    }
    expect(await home()).toEqual(before)
  })
})

describe('site theme settings', () => {
  const stored = async () => {
    const hooks = await server.app.request('/__test/basker/theme')
    return hooks.status === 200
      ? ((await hooks.json()) as { values: Record<string, unknown>; updatedAt: string })
      : null
  }

  it('set and unset, refused (409) only when they changed after ifUpdatedAt', async () => {
    const openedAt = new Date().toISOString()
    const response = await patch('/theme/settings', {
      draft: true,
      ifUpdatedAt: openedAt,
      set: { primaryColor: '#0f172a' },
      unset: ['legacyBanner'],
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      versionTarget: 'draft',
      set: ['primaryColor'],
      unset: ['legacyBanner'],
      document: {},
    })
    const stale = await patch('/theme/settings', {
      draft: true,
      ifUpdatedAt: '2020-01-01T00:00:00.000Z',
      set: { primaryColor: '#ffffff' },
    })
    expect(stale.status).toBe(409)
    const unknown = await patch('/theme/settings', {
      draft: true,
      ifUpdatedAt: new Date().toISOString(),
      set: { sparkle: true },
    })
    expect(unknown.status).toBe(422)
    // Test hooks are off on this server: the stored values are not served at all.
    expect(await stored()).toBeNull()
  })
})

it('answers 404 for the theme settings of an unknown record', async () => {
  const response = await api.patch('/pages/nowhere/theme-settings', {
    draft: true,
    ifUpdatedAt: 'x',
    set: {},
  })
  expect(response.status).toBe(404)
})

describe('record create and update', () => {
  const count = async () =>
    ((await (await api.get('/pages')).json()) as { totalDocs: number }).totalDocs

  it('creates a record from a title, with an empty unpublished draft', async () => {
    const response = await api.post('/pages', { title: 'Summer Festival' })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as {
      doc: { id: string; slug: string; blocks: unknown[] }
    }
    expect(doc).toMatchObject({ slug: 'summer-festival', blocks: [] })
    expect((await api.draft('pages', doc.id)).title).toBe('Summer Festival')
    expect((await api.get(`/pages/${doc.id}`)).status).toBe(404)
    expect((await api.draft('pages', doc.id)).themeSettings).toEqual({})
  })

  it.each(['blocks', 'theme', 'themeSettings'])(
    'rejects %s on create and update with 422',
    async (field) => {
      const before = await count()
      const created = await api.post('/pages', { title: 'Sneaky', [field]: [] })
      expect(created.status).toBe(422)
      expect(((await created.json()) as { message: string }).message).toMatch(field)
      expect(await count()).toBe(before)
      const about = await api.draft('pages', 'about')
      const updated = await api.patch('/pages/about', { title: 'Changed', [field]: {} })
      expect(updated.status).toBe(422)
      expect(await api.draft('pages', 'about')).toEqual(about)
    },
  )

  it('updates the title and slug and moves updatedAt on', async () => {
    const before = await api.draft('pages', 'about')
    const response = await api.patch('/pages/about', { title: 'About us', slug: 'about-us' })
    expect(response.status).toBe(200)
    const after = await api.draft('pages', 'about')
    expect(after).toMatchObject({ title: 'About us', slug: 'about-us', blocks: before.blocks })
    expect(after.updatedAt > before.updatedAt).toBe(true)
    const taken = await api.patch('/pages/about', { slug: 'home' })
    expect(taken.status).toBe(422)
    const stale = await api.patch('/pages/about', { title: 'x', ifUpdatedAt: before.updatedAt })
    expect(stale.status).toBe(409)
    expect(await api.draft('pages', 'about')).toEqual(after)
  })
})
