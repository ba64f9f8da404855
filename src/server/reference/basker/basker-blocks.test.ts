// PATCH …/blocks on the Basker reference backend: the success summary, and every documented
// rejection, each with proof that the draft did not change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BASE,
  baskerClient,
  startTestServer,
  type DraftRecord,
  type TestServer,
  SLOW,
} from '../../test-support'

const LIMIT = 64 * 1024
// These tests write far more than Basker's 20 a minute; the limits have their own test.
const MANY = { tenant: 'demo', apiVersion: '2026-02', rateReads: 100_000, rateWrites: 100_000 }
let server: TestServer
let api: ReturnType<typeof baskerClient>

beforeAll(async () => {
  server = await startTestServer({ bodyLimitBytes: LIMIT, basker: MANY })
  api = baskerClient(server)
}, SLOW)
afterAll(() => server.dispose(), SLOW)

const patchAbout = (body: unknown) => api.patch('/pages/about/blocks', body)

/** Sends `body`, expects `status` and a message matching `message`, and that nothing changed. */
const rejects = async (
  send: () => Response | Promise<Response>,
  status: number,
  message: RegExp,
) => {
  const before = await api.draft('pages', 'about')
  const response = await send()
  const body = (await response.json()) as Record<string, unknown>
  expect(response.status).toBe(status)
  expect(body.message).toMatch(message)
  expect(body).toHaveProperty('requestId')
  expect(body).toHaveProperty('error')
  expect(await api.draft('pages', 'about')).toEqual(before)
  return body
}

const guard = async (): Promise<{ draft: true; ifUpdatedAt: string }> => ({
  draft: true,
  ifUpdatedAt: (await api.draft('pages', 'about')).updatedAt,
})

describe('PATCH …/blocks', () => {
  it('applies operations in order and answers the documented summary', async () => {
    const before = await api.draft('pages', 'about')
    const response = await patchAbout({
      draft: true,
      ifUpdatedAt: before.updatedAt,
      operations: [
        { op: 'update', blockId: 'about-hero', value: { heading: 'About the centre' } },
        {
          op: 'insertAfter',
          blockId: 'about-hero',
          block: { type: 'rich-text', value: { body_html: '<p>New section.</p>' } },
        },
        {
          op: 'append',
          block: {
            id: 'about-stats',
            type: 'stats',
            value: { items: [{ label: 'Seats', value: 900 }] },
          },
        },
        { op: 'moveBefore', blockId: 'about-opening', anchorId: 'about-story' },
        { op: 'remove', blockId: 'about-director' },
      ],
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      versionTarget: string
      operations: { op: string; status: string; blockId: string; insertedBlockId?: string }[]
      document: { id: string; slug: string; updatedAt: string; blocks: DraftRecord['blocks'] }
    }
    expect(body.versionTarget).toBe('draft')
    expect(body.operations.map((op) => [op.op, op.status])).toEqual([
      ['update', 'applied'],
      ['insertAfter', 'applied'],
      ['append', 'applied'],
      ['moveBefore', 'applied'],
      ['remove', 'applied'],
    ])
    expect(body.operations[0]).toEqual({ op: 'update', status: 'applied', blockId: 'about-hero' })
    const inserted = body.operations[1]?.insertedBlockId ?? ''
    expect(inserted).toMatch(/^[0-9a-f]{24}$/)
    expect(body.operations[1]?.blockId).toBe('about-hero')
    expect(body.operations[2]).toMatchObject({
      blockId: 'about-stats',
      insertedBlockId: 'about-stats',
    })
    expect(body.document.blocks.map((b) => b.id)).toEqual([
      'about-hero',
      inserted,
      'about-opening',
      'about-story',
      'about-stats',
    ])
    expect(body.document.updatedAt > before.updatedAt).toBe(true)

    const after = await api.draft('pages', 'about')
    expect(after.updatedAt).toBe(body.document.updatedAt)
    expect(after.blocks).toEqual(body.document.blocks)
    expect(after.blocks[0]?.value).toMatchObject({
      heading: 'About the centre',
      subheading: expect.any(String),
    })
    expect(after.blocks[1]?.value).toEqual({ body_html: '<p>New section.</p>' })
    // The published version is untouched.
    const published = (await (await api.get('/pages/about')).json()) as DraftRecord
    expect(published.blocks.map((b) => b.id)).toContain('about-director')
  })

  it('lets only one of two requests with the same ifUpdatedAt through', async () => {
    const body = await guard()
    const send = (text: string) =>
      patchAbout({
        ...body,
        operations: [{ op: 'update', blockId: 'about-hero', value: { subheading: text } }],
      })
    const statuses = (await Promise.all([send('first'), send('second')]))
      .map((r) => r.status)
      .sort()
    expect(statuses).toEqual([200, 409])
  })

  it('answers 400 for malformed bodies', async () => {
    const raw = (text: string) => () => api.patch('/pages/about/blocks', text)
    await rejects(raw('{"draft": true,'), 400, /not valid JSON/)
    await rejects(raw('[1, 2]'), 400, /must be a JSON object/)
    const ops = [{ op: 'remove', blockId: 'about-hero' }]
    const { ifUpdatedAt } = await guard()
    await rejects(() => patchAbout({ ifUpdatedAt, operations: ops }), 400, /draft must be true/)
    await rejects(
      () => patchAbout({ draft: 'true', ifUpdatedAt, operations: ops }),
      400,
      /draft must be true/,
    )
    await rejects(
      () => patchAbout({ draft: true, operations: ops }),
      400,
      /ifUpdatedAt is required/,
    )
    await rejects(
      () => patchAbout({ draft: true, ifUpdatedAt: 12, operations: ops }),
      400,
      /ifUpdatedAt must be a string/,
    )
    await rejects(
      () => patchAbout({ draft: true, ifUpdatedAt, operations: {} }),
      400,
      /operations must be an array/,
    )
    const unknown = await rejects(
      () =>
        patchAbout({
          draft: true,
          ifUpdatedAt,
          operations: [...ops, { op: 'duplicate', blockId: 'x' }],
        }),
      400,
      /operations\[1\].*"duplicate"/,
    )
    expect(unknown.errors).toEqual([
      expect.objectContaining({ path: 'operations[1].op', code: 'unknown-operation' }),
    ])
  })

  it('answers 413 for a body over the limit', async () => {
    const { ifUpdatedAt } = await guard()
    const big = {
      draft: true,
      ifUpdatedAt,
      operations: [{ op: 'update', blockId: 'about-hero', value: { heading: 'x'.repeat(LIMIT) } }],
    }
    await rejects(() => patchAbout(big), 413, new RegExp(`${LIMIT} bytes`))
  })

  it('answers 404 for unknown collections, records, tenants and versions', async () => {
    const body = { ...(await guard()), operations: [] }
    await rejects(() => api.patch('/widgets/about/blocks', body), 404, /Collection "widgets"/)
    await rejects(() => api.patch('/pages/nowhere/blocks', body), 404, /No record "nowhere"/)
    const at = (path: string) => () =>
      server.app.request(path, {
        method: 'PATCH',
        headers: {
          Authorization: `users API-Key ${server.referenceKey}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      })
    await rejects(
      at('/ref/basker/partners/2026-02/elsewhere/pages/about/blocks'),
      404,
      /Tenant "elsewhere"/,
    )
    await rejects(
      at('/ref/basker/partners/1999-01/demo/pages/about/blocks'),
      404,
      /version "1999-01"/,
    )
  })

  it('answers 409 when the draft changed since ifUpdatedAt', async () => {
    const stale = '2020-01-01T00:00:00.000Z'
    const ops = [{ op: 'remove', blockId: 'about-hero' }]
    await rejects(
      () => patchAbout({ draft: true, ifUpdatedAt: stale, operations: ops }),
      409,
      /changed since ifUpdatedAt/,
    )
  })

  it('answers 422 naming the failing operation, and applies none of them', async () => {
    const { ifUpdatedAt } = await guard()
    const send = (operations: unknown[]) => () =>
      patchAbout({ draft: true, ifUpdatedAt, operations })
    const update = { op: 'update', blockId: 'about-hero', value: { heading: 'Not kept' } }
    const missing = await rejects(
      send([update, { op: 'remove', blockId: 'ghost' }]),
      422,
      /operations\[1\]/,
    )
    expect(missing.error).toBe('Unprocessable')
    expect(missing.errors).toEqual([
      expect.objectContaining({ path: 'operations[1]', code: 'missing-target' }),
    ])
    const type = await rejects(
      send([{ op: 'append', block: { type: 'carousel', value: {} } }]),
      422,
      /operations\[0\]/,
    )
    expect(type.errors).toEqual([expect.objectContaining({ code: 'unknown-block-type' })])
    const field = await rejects(
      send([{ op: 'update', blockId: 'about-hero', value: { colour: 'red' } }]),
      422,
      /colour/,
    )
    expect(field.errors).toEqual([expect.objectContaining({ code: 'unknown-field' })])
    const dup = await rejects(
      send([{ op: 'append', block: { id: 'about-hero', type: 'heading', value: {} } }]),
      422,
      /operations\[0\]/,
    )
    expect(dup.errors).toEqual([expect.objectContaining({ code: 'duplicate-id' })])
    const value = await rejects(
      send([update, { op: 'update', blockId: 'about-hero', value: { heading: 42 } }]),
      422,
      /operations\[1\]\.value\.heading/,
    )
    expect(value.errors).toEqual([
      expect.objectContaining({ path: 'operations[1].value.heading', code: 'invalid-value' }),
    ])
    const nested = send([
      { op: 'update', blockId: 'about-hero', value: { cta: { label: 'Go', colour: 'red' } } },
    ])
    await rejects(nested, 422, /cta\.colour/)
    await rejects(send([{ op: 'update', blockId: 'about-hero' }]), 422, /operations\[0\]/)
  })

  it('answers 401 to a write without the key', async () => {
    const body = { ...(await guard()), operations: [{ op: 'remove', blockId: 'about-hero' }] }
    const bearer = () =>
      server.app.request(`${BASE}/pages/about/blocks`, {
        method: 'PATCH',
        headers: {
          Authorization: `Bearer ${server.referenceKey}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      })
    await rejects(bearer, 401, /Bearer/)
  })

  it('stores rich text as <key>_html, inside arrays and groups too', async () => {
    const { ifUpdatedAt } = await guard()
    const html = '<p>Fresh <a href="/about">copy</a>.</p>'
    const response = await patchAbout({
      draft: true,
      ifUpdatedAt,
      operations: [
        {
          op: 'append',
          block: {
            id: 'about-cta',
            type: 'call-to-action',
            value: {
              heading: 'Visit',
              body_html: html,
              target: { relationTo: 'events', value: 'event-spring-gala' },
            },
          },
        },
      ],
    })
    expect(response.status).toBe(200)
    const block = (await api.draft('pages', 'about')).blocks.find((b) => b.id === 'about-cta')
    expect(block?.value).toEqual({
      heading: 'Visit',
      body_html: html,
      target: { relationTo: 'events', value: 'event-spring-gala' },
    })
  })
})
