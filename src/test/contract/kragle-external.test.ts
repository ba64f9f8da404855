// The server configured for a real Kragle (BACKEND_URL, BACKEND_USERNAME, BACKEND_PASSWORD), pointed
// at another server's reference Kragle, which answers as the vendor does (auth_tkt cookie, stacks
// 10 a page under `stacks`, instances with ids read back as objects, PUT answers without blocks,
// errors as HTTP 500 {code, msg}): the editor's adapter lists, reads and edits a stack end to end
// through the proxy's server-side login. A wrong password stops every call with a clear reason
// in the server's log instead of going on signed out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adapterError } from '../../adapters/contract/contract-helpers'
import { SERVER_START_MS } from '../../adapters/contract/define-adapter-contract'
import { memoryStorage } from '../../adapters/kragle/block-ids'
import { createKragleAdapter } from '../../adapters/kragle/kragle-adapter'
import { startListening, type ListeningServer } from '../../server/start-listening'

type Running = ListeningServer
const start = (env: Record<string, string>): Promise<Running> => startListening({ env })

describe('BACKEND=kragle with BACKEND_URL: the server logs in to a vendor-like Kragle', () => {
  let kragle: Running
  let editor: Running
  let refused: Running
  const stack = { collection: 'stacks', id: '1' }

  beforeAll(async () => {
    kragle = await start({ BACKEND: 'kragle' })
    const password = kragle.handle.referenceSecrets.kragle ?? ''
    const real = { BACKEND: 'kragle', BACKEND_URL: `${kragle.origin}/ref/kragle` }
    editor = await start({ ...real, BACKEND_USERNAME: 'editor', BACKEND_PASSWORD: password })
    refused = await start({ ...real, BACKEND_USERNAME: 'editor', BACKEND_PASSWORD: 'wrong' })
  }, 3 * SERVER_START_MS)
  afterAll(async () => {
    await Promise.all([kragle?.stop(), editor?.stop(), refused?.stop()])
  }, SERVER_START_MS)

  const adapterOn = (server: Running) =>
    createKragleAdapter({ baseUrl: `${server.origin}/api/backend`, idStorage: memoryStorage() })

  it('lists, reads and edits a stack end to end', async () => {
    const adapter = adapterOn(editor)
    const list = await adapter.listRecords({ collection: 'stacks', page: 1, limit: 10 })
    expect(list.items.map((item) => item.title)).toEqual([
      'home-page',
      'about-page',
      'landing',
      'newsletter',
    ])
    const doc = await adapter.loadRecord(stack)
    const intro = doc.blocks[1]
    if (!intro) throw new Error('the seed stack has blocks')
    expect(intro.value).toEqual({ state: { text: 'Stacks are built from blocks.' } })
    const outcome = await adapter.applyOperations(
      stack,
      [{ op: 'update', blockId: intro.id, value: { state: { text: 'Edited through the proxy' } } }],
      { version: null, base: doc.blocks },
    )
    expect(outcome.blocks?.[1]).toEqual({
      id: intro.id,
      type: 'paragraph',
      value: { state: { text: 'Edited through the proxy' } },
    })
    // What the Kragle holds, read by its own server's proxy.
    const held = (await (
      await fetch(`${kragle.origin}/api/backend/api/v1/blockstacks/byid/1`)
    ).json()) as { blocks: { state?: unknown }[] }
    expect(held.blocks[1]?.state).toEqual({ text: 'Edited through the proxy' })
  })

  it('never forwards a call signed out when the login is refused, and logs why', async () => {
    const error = await adapterError(adapterOn(refused).loadRecord(stack))
    // Wrong credentials are final: retrying cannot help, so the editor stops and says why.
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('Check BACKEND_USERNAME and BACKEND_PASSWORD')
    expect(refused.logs.join('\n')).toContain(
      'Kragle refused the login of "editor" (code 3: wrong username or password). Check BACKEND_USERNAME and BACKEND_PASSWORD.',
    )
    expect(refused.logs.join('\n')).not.toContain('wrong"')
    expect(
      refused.logs.some((line) => /proxy GET \/api\/v1\/blockstacks\/byid\/1 200/.test(line)),
    ).toBe(false)
  })
})
