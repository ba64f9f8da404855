// /__test/omerlo (REFERENCE_TEST_HOOKS=1 only): the shared request log, failure injection and
// reset, plus a way to revoke the proxy's key, so a test can see how the editor reports a key
// Omerlo refuses (401). Reset restores the key.
import type { Hono } from 'hono'
import type { Db } from '../../storage/db'
import { testHookRoutes } from '../test-hooks-common'
import type { RequestLog } from '../test-hooks-common'
import { OMERLO_KEY_LABEL, storeOmerloKey } from './provision'

export const omerloTestHookRoutes = (
  log: RequestLog,
  db: Db,
  key: string,
  reset: () => Promise<void>,
): Hono => {
  const app = testHookRoutes(log, async () => {
    await reset()
    await storeOmerloKey(db, key)
  })
  app.post('/revoke-key', async (c) => {
    await db.query('DELETE FROM api_keys WHERE label = $1', [OMERLO_KEY_LABEL])
    return c.json({ revoked: true })
  })
  return app
}
