// The `locale` query parameter: each language of the site keeps its own draft blocks; a language
// without its own yet reads the default's, and its first write gives it its own.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { baskerClient, startTestServer, type TestServer, SLOW } from '../../test-support'

let server: TestServer
let api: ReturnType<typeof baskerClient>

beforeAll(async () => {
  server = await startTestServer()
  api = baskerClient(server)
}, SLOW)
afterAll(() => server.dispose(), SLOW)

const read = async (locale: string) => {
  const response = await api.get(`/pages/home?draft=true&locale=${locale}`)
  expect(response.status).toBe(200)
  return (await response.json()) as {
    updatedAt: string
    blocks: { id: string; value: Record<string, unknown> }[]
  }
}

it('edits one language without touching the other', async () => {
  const en = await read('en')
  expect(await read('fr')).toEqual(en)
  const first = en.blocks[0]
  if (!first) throw new Error('the home page has blocks')
  const response = await api.patch('/pages/home/blocks?locale=fr', {
    draft: true,
    ifUpdatedAt: en.updatedAt,
    operations: [{ op: 'update', blockId: first.id, value: { heading: 'Bonjour' } }],
  })
  expect(response.status).toBe(200)
  const fr = await read('fr')
  expect(fr.blocks[0]?.value.heading).toBe('Bonjour')
  const enAfter = await read('en')
  expect(enAfter.blocks).toEqual(en.blocks)
  // One updatedAt for the record in every language.
  expect(enAfter.updatedAt).toBe(fr.updatedAt)
  expect((await api.draft('pages', 'home')).blocks).toEqual(en.blocks)
})

it('refuses a language the site does not have', async () => {
  const response = await api.get('/pages/home?draft=true&locale=de')
  expect(response.status).toBe(400)
  expect(((await response.json()) as { message: string }).message).toMatch(/locale "de"/)
})

it('enforces Basker’s real limits by default: 20 writes a minute per key', async () => {
  const { updatedAt } = await read('en')
  let version = updatedAt
  const statuses: number[] = []
  for (let i = 0; i < 21; i += 1) {
    const response = await api.patch('/pages/home/blocks', {
      draft: true,
      ifUpdatedAt: version,
      operations: [],
    })
    statuses.push(response.status)
    if (response.status === 200) {
      version = ((await response.json()) as { document: { updatedAt: string } }).document.updatedAt
    } else {
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
    }
  }
  // The first test spent one write of the minute; reads are counted apart.
  expect(statuses.filter((s) => s === 200).length).toBe(19)
  expect(statuses.slice(-2)).toEqual([429, 429])
})
