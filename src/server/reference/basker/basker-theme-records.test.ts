// Theme settings (site-wide and per record) and the record create/update endpoints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baskerClient, startTestServer, type TestServer, SLOW } from '../../test-support'

let server: TestServer
let api: ReturnType<typeof baskerClient>

beforeAll(async () => {
  server = await startTestServer()
  api = baskerClient(server)
}, SLOW)
afterAll(() => server.dispose(), SLOW)

interface Settings {
  values: Record<string, unknown>
  updatedAt: string
}

const read = async (path: string): Promise<Settings> => {
  const response = await api.get(`${path}?draft=true`)
  expect(response.status).toBe(200)
  return (await response.json()) as Settings
}

const rejects = async (path: string, body: unknown, status: number, message: RegExp) => {
  const before = await read(path)
  const response = await api.patch(path, body)
  const error = (await response.json()) as Record<string, unknown>
  expect(response.status).toBe(status)
  expect(error.message).toMatch(message)
  expect(await read(path)).toEqual(before)
  return error
}

describe.each([
  {
    scope: 'site',
    path: '/theme/settings',
    schema: '/theme/settings/schema',
    key: 'primaryColor',
    value: '#0f172a',
    gone: 'legacyBanner',
  },
  {
    scope: 'page',
    path: '/pages/home/theme-settings',
    schema: '/pages/theme-settings/schema',
    key: 'accentColor',
    value: '#be123c',
    gone: 'heroOverlay',
  },
])('$scope theme settings', ({ path, schema, key, value, gone }) => {
  it('serves a schema of fields and the current values', async () => {
    const fields = (
      (await (await api.get(schema)).json()) as { fields: { key: string; type: string }[] }
    ).fields
    expect(fields.map((f) => f.key)).toEqual(expect.arrayContaining([key, gone]))
    const current = await read(path)
    expect(current.values).toHaveProperty(gone)
    expect(current.updatedAt).toMatch(/Z$/)
  })

  it('sets and unsets keys under the ifUpdatedAt guard', async () => {
    const before = await read(path)
    const response = await api.patch(path, {
      draft: true,
      ifUpdatedAt: before.updatedAt,
      set: { [key]: value },
      unset: [gone],
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Settings
    expect(body.values[key]).toBe(value)
    expect(body.values).not.toHaveProperty(gone)
    expect(body.updatedAt > before.updatedAt).toBe(true)
    expect(await read(path)).toEqual(body)
  })

  it('rejects unknown keys (422), stale versions (409) and malformed bodies (400)', async () => {
    const { updatedAt } = await read(path)
    const unknown = await rejects(
      path,
      { draft: true, ifUpdatedAt: updatedAt, set: { sparkle: true }, unset: ['glow'] },
      422,
      /sparkle/,
    )
    expect(unknown.errors).toEqual([
      expect.objectContaining({ path: 'set.sparkle', code: 'unknown-key' }),
      expect.objectContaining({ path: 'unset[0]', code: 'unknown-key' }),
    ])
    await rejects(
      path,
      { draft: true, ifUpdatedAt: updatedAt, set: { [key]: 7 } },
      422,
      /must be text/,
    )
    await rejects(
      path,
      { draft: true, ifUpdatedAt: '2020-01-01T00:00:00.000Z', set: { [key]: value } },
      409,
      /changed/,
    )
    await rejects(
      path,
      { ifUpdatedAt: updatedAt, set: { [key]: value } },
      400,
      /draft must be true/,
    )
    await rejects(path, { draft: true, set: { [key]: value } }, 400, /ifUpdatedAt/)
    await rejects(
      path,
      { draft: true, ifUpdatedAt: updatedAt, set: [] },
      400,
      /set must be an object/,
    )
  })
})

it('answers 404 for the theme settings of an unknown record', async () => {
  expect((await api.get('/pages/nowhere/theme-settings?draft=true')).status).toBe(404)
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
    expect((await read(`/pages/${doc.id}/theme-settings`)).values).toEqual({})
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
