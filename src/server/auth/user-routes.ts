// /api/users: the admin screen's API (the guard lets only admins through). The last admin can be
// neither removed nor demoted, and the first user must be an admin (the role defaults to admin
// then), so the server is never left with logins that nobody can administer.
import type { Context, Hono } from 'hono'
import { isRole } from '../../core/roles'
import { jsonError } from '../http/errors'
import type { AuthStores } from './auth-state'
import { checkNewUser } from './new-user'
import { DuplicateEmailError, type User } from './user-repository'

const present = (user: User) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  createdAt: user.createdAt,
})

const jsonBody = async (c: Context): Promise<unknown> => {
  try {
    return (await c.req.json()) as unknown
  } catch {
    return null
  }
}

export const mountUserRoutes = (app: Hono, { users, sessions }: AuthStores): void => {
  app.get('/api/users', async (c) => c.json({ users: (await users.list()).map(present) }))

  app.post('/api/users', async (c) => {
    const body = await jsonBody(c)
    const first = !(await users.exist())
    const roleless = typeof body === 'object' && body !== null && !('role' in body)
    const checked = await checkNewUser(first && roleless ? { ...body, role: 'admin' } : body)
    if (!checked.ok) return jsonError(c, 422, checked.message)
    if (checked.value.role !== 'admin' && first) {
      return jsonError(c, 422, 'The first user must be an admin, or nobody could manage users.')
    }
    try {
      return c.json({ user: present(await users.create(checked.value)) }, 201)
    } catch (error) {
      if (error instanceof DuplicateEmailError) return jsonError(c, 409, error.message)
      throw error
    }
  })

  app.patch('/api/users/:id', async (c) => {
    const body = await jsonBody(c)
    const role =
      typeof body === 'object' && body !== null ? (body as { role?: unknown }).role : null
    if (!isRole(role)) return jsonError(c, 422, 'role must be one of editor, designer, admin.')
    const user = await users.byId(c.req.param('id'))
    if (!user) return jsonError(c, 404, 'No such user.')
    if (user.role === 'admin' && role !== 'admin' && (await users.countAdmins()) <= 1) {
      return jsonError(c, 409, `${user.email} is the last admin and must stay one.`)
    }
    await users.setRole(user.id, role)
    return c.json({ user: present({ ...user, role }) })
  })

  app.delete('/api/users/:id', async (c) => {
    const user = await users.byId(c.req.param('id'))
    if (!user) return jsonError(c, 404, 'No such user.')
    if (user.id === c.get('auth').user?.id) {
      return jsonError(c, 409, 'You cannot remove your own account.')
    }
    if (user.role === 'admin' && (await users.countAdmins()) <= 1) {
      return jsonError(c, 409, `${user.email} is the last admin and cannot be removed.`)
    }
    await sessions.removeForUser(user.id)
    await users.remove(user.id)
    return c.body(null, 204)
  })
}
