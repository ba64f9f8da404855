// The live routes with logins: nobody without a session gets in, writes need the CSRF token,
// people are shown by their user's name, and nobody moves another user's tab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addUser, login, startListening, type ListeningServer } from '../auth/test-client'
import { SLOW } from '../test-support'
import { keyOf, openTab, postJson, presenceOf, presenceWith } from './live-test-support'

let running: ListeningServer

beforeAll(async () => {
  running = await startListening()
  await addUser(running.server, 'ann@example.com', 'editor')
  await addUser(running.server, 'bob@example.com', 'admin')
}, SLOW)
afterAll(async () => {
  await running.stop()
}, SLOW)

describe('live with users', () => {
  it('answers 401 without a session', async () => {
    const { origin } = running
    const record = keyOf('home')
    const query = new URLSearchParams({ record, tab: 't1' }).toString()
    expect((await fetch(`${origin}/api/live/stream?${query}`)).status).toBe(401)
    const presence = await postJson(origin, '/api/live/presence', {
      record,
      tab: 't1',
      blockId: null,
      typing: false,
    })
    expect(presence.status).toBe(401)
    const saved = await postJson(origin, '/api/live/saved', { record, tab: 't1', version: null })
    expect(saved.status).toBe(401)
    const list = await fetch(`${origin}/api/live/presence?records=${encodeURIComponent(record)}`)
    expect(list.status).toBe(401)
  })

  it('shows users by name, needs the CSRF token to write, keeps tabs to their owner', async () => {
    const { origin } = running
    const record = keyOf('about')
    const ann = await login(origin, 'ann@example.com')
    const bob = await login(origin, 'bob@example.com')
    const annTab = await openTab(
      origin,
      { record, tab: 'ann-tab', label: 'ignored' },
      { Cookie: ann.cookie },
    )
    const bobTab = await openTab(origin, { record, tab: 'bob-tab' }, { Cookie: bob.cookie })
    try {
      const both = await presenceWith(annTab, ['ann-tab', 'bob-tab'])
      expect(
        presenceOf(both)
          .people.map((person) => person.name)
          .sort(),
      ).toEqual(['ann', 'bob'])

      const withoutToken = await postJson(
        origin,
        '/api/live/saved',
        { record, tab: 'ann-tab', version: null },
        { Cookie: ann.cookie },
      )
      expect(withoutToken.status).toBe(403)
      const saved = await ann.call('POST', '/api/live/saved', {
        record,
        tab: 'ann-tab',
        version: 'v9',
      })
      expect(saved.status).toBe(204)
      const event = await bobTab.next((received) => received.event === 'saved')
      expect(JSON.parse(event.data)).toMatchObject({ tab: 'ann-tab', version: 'v9' })

      const hijack = await bob.call('POST', '/api/live/presence', {
        record,
        tab: 'ann-tab',
        blockId: 'x',
        typing: true,
      })
      expect(hijack.status).toBe(404)
      const own = await ann.call('POST', '/api/live/presence', {
        record,
        tab: 'ann-tab',
        blockId: 'hero',
        typing: false,
      })
      expect(own.status).toBe(204)
    } finally {
      annTab.close()
      bobTab.close()
    }
  })
})
