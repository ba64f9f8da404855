// BACKEND=kragle: a private block type is the owner's alone. The editor (signed in server-side
// as the reference user) lists it; a client without a session neither lists nor reads it.
import { expect, test } from '../fixtures/kragle-test'
import { KRAGLE_API } from '../fixtures/kragle-backend'

const PRIVATE = ['team-banner', 'event-card']

test('private types are invisible to a signed-out client', async ({ kragle, library }) => {
  const names = await kragle.signedOut(async (api) => {
    const seen: string[] = []
    for (let page = 1; page < 10; page += 1) {
      const response = await api.get(`${KRAGLE_API}/blocktypes?page=${page}`)
      expect(response.status()).toBe(200)
      const body = (await response.json()) as { blocktypes: { name: string }[] }
      if (body.blocktypes.length === 0) break
      seen.push(...body.blocktypes.map((t) => t.name))
    }
    return seen
  })
  expect(names).toContain('heading')
  for (const name of [...PRIVATE, 'secret-widget']) expect(names).not.toContain(name)
  const read = await kragle.signedOut(async (api) => {
    const response = await api.get(`${KRAGLE_API}/blocktypes/byname/team-banner`)
    return { status: response.status(), body: (await response.json()) as unknown }
  })
  expect(read).toEqual({
    status: 403,
    body: { code: 3, msg: 'Block type "team-banner" is private: log in.' },
  })

  // The owner sees it in the library, marked private.
  await library.open()
  await library.search('team')
  await expect(library.rows).toHaveCount(1)
  await expect(library.rows.first()).toContainText('team-banner')
  await expect(library.rows.first()).toContainText('Private')
})
