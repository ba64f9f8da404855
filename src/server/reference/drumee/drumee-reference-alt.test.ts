// The Drumee reference backend's alternate mode (DRUMEE_REFERENCE_MODE=alt): the other plausible
// shapes of a hub's answers, so the adapter cannot depend on one guess.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SLOW, startTestServer } from '../../test-support'
import type { TestServer } from '../../test-support'
import { loadOrCreateNamedReferenceKey } from '../reference-keys'
import { drumeeClient } from './test-client'

describe('the alternate mode: the other plausible shapes', () => {
  let alt: TestServer
  let altClient: ReturnType<typeof drumeeClient>
  beforeAll(async () => {
    alt = await startTestServer({ drumee: { referenceMode: 'alt' } })
    altClient = drumeeClient(alt)
  }, SLOW)
  afterAll(async () => alt?.dispose(), SLOW)

  it('answers lists as arrays, content inside {data}, the documented statuses', async () => {
    const fr = await altClient.call('history', { id: '1', lang: 'fr' })
    expect(fr.body.data).toEqual([expect.objectContaining({ serial: '4', id: '1' })])
    const draft = await altClient.call('content', { hashtag: 'home', status: 'draft' })
    expect(draft.body).toMatchObject({ __ack__: 'block.content', data: { serial: 3 } })
    const taken = await altClient.call('rename', { id: '3', hashtag: 'home' })
    expect(taken).toMatchObject({ status: 409, body: { error: 'BLOCK_NAME_EXIST' } })
    expect((await altClient.call('exists', { value: 'nope' }, 'anonymous')).body.data).toEqual([])
  })

  it('names its session cookie otherwise and answers a wrong login inside the envelope', async () => {
    const password = await loadOrCreateNamedReferenceKey(alt.dataDir, 'drumee')
    const good = await altClient.login('drumee', password)
    expect(good.headers.getSetCookie().map((c) => c.split('=')[0])).toEqual([
      'drumee_session',
      'lang',
    ])
    const wrong = await altClient.login('drumee', 'wrong')
    expect(await wrong.json()).toMatchObject({ data: { status: 'WRONG_CREDENTIALS' } })
  })
})
