// /__test/omerlo (REFERENCE_TEST_HOOKS=1 only): the shared request log, failure injection and
// reset, plus a way to revoke the proxy's key, so a test can see how the editor reports a key
// Omerlo refuses (401), and a switch to the other plausible answer shapes. Reset restores the key
// and the vendor's shapes.
import type { Hono } from 'hono'
import type { Db } from '../../storage/db'
import { testHookRoutes } from '../test-hooks-common'
import type { RequestLog } from '../test-hooks-common'
import type { OmerloReference } from './index'
import { OMERLO_KEY_LABEL, storeOmerloKey } from './provision'

export const omerloTestHookRoutes = (
  log: RequestLog,
  db: Db,
  key: string,
  reference: Pick<OmerloReference, 'reset' | 'setShapes'>,
): Hono => {
  const app = testHookRoutes(log, async () => {
    await reference.reset()
    reference.setShapes('vendor')
    await storeOmerloKey(db, key)
  })
  // The other plausible answer shapes (present.ts), until the next reset.
  app.post('/shapes', async (c) => {
    const body: unknown = await c.req.json().catch(() => null)
    const shapes =
      typeof body === 'object' && body !== null ? (body as { shapes?: unknown }).shapes : null
    if (shapes !== 'vendor' && shapes !== 'other') {
      return c.json({ error: 'Bad Request', message: 'shapes must be "vendor" or "other".' }, 400)
    }
    reference.setShapes(shapes)
    return c.json({ shapes })
  })
  app.post('/revoke-key', async (c) => {
    await db.query('DELETE FROM api_keys WHERE label = $1', [OMERLO_KEY_LABEL])
    return c.json({ revoked: true })
  })
  return app
}
