// /__test/auth (only with REFERENCE_TEST_HOOKS=1): browser tests create users at run time and
// remove them all afterwards, which brings the server back to its local-admin mode.
import { Hono } from 'hono'
import { jsonError } from '../http/errors'
import type { AuthStores } from './auth-state'
import { checkNewUser } from './new-user'

export const authTestHooks = (
  { users }: AuthStores,
  db: { query(sql: string): Promise<unknown> },
) => {
  const hooks = new Hono()
  hooks.post('/users', async (c) => {
    const checked = await checkNewUser(await c.req.json().catch(() => null))
    if (!checked.ok) return jsonError(c, 422, checked.message)
    return c.json({ user: await users.create(checked.value) }, 201)
  })
  hooks.delete('/users', async (c) => {
    await db.query('DELETE FROM users')
    return c.body(null, 204)
  })
  return hooks
}
