// Runs the doctor through the server's own front door: the adapter the browser would use, with a
// fetch that calls the server app in-process, so /api/config, the guard, the proxy and its
// credential handling (keys, Kragle's and Drumee's logins) are exactly the ones the editor meets.
import type { Hono } from 'hono'
import { createAdapter, loadRuntimeConfig } from '../../adapters'
import type { FetchLike } from '../../adapters/http'
import { createSessionRepository } from '../auth/session-repository'
import { createUserRepository } from '../auth/user-repository'
import type { Db } from '../storage/db'
import { runChecks, type CheckResult, type DoctorOptions } from './checks'

export interface DoctorAccess {
  /** Where the server listens, e.g. http://127.0.0.1:5173. */
  origin: string
  /** Headers every request carries: the session cookie and CSRF token when users exist. */
  headers: Record<string, string>
}

export const inProcessFetch =
  (app: Pick<Hono, 'fetch'>, access: DoctorAccess): FetchLike =>
  async (input, init = {}) => {
    const headers = new Headers(init.headers)
    for (const [name, value] of Object.entries(access.headers)) headers.set(name, value)
    return app.fetch(new Request(new URL(input, access.origin), { ...init, headers }))
  }

export async function runDoctor(
  app: Pick<Hono, 'fetch'>,
  access: DoctorAccess,
  options: DoctorOptions,
): Promise<CheckResult[]> {
  const fetch = inProcessFetch(app, access)
  const adapter = createAdapter(await loadRuntimeConfig({ fetch }), { fetch })
  return runChecks(adapter, options)
}

/**
 * Runs `fn` with access as an admin: none needed in local mode (no users); otherwise a session
 * of the first admin made for this run only and removed after it.
 */
export async function asAdmin<T>(
  db: Db,
  origin: string,
  fn: (access: DoctorAccess) => Promise<T>,
): Promise<T> {
  const users = createUserRepository(db)
  if (!(await users.exist())) return fn({ origin, headers: {} })
  const admin = (await users.list()).find((user) => user.role === 'admin')
  if (!admin) throw new Error('No admin user exists to run the checks as.')
  const sessions = createSessionRepository(db, 5 * 60_000)
  const session = await sessions.create(admin.id)
  try {
    return await fn({
      origin,
      headers: { cookie: `editor_session=${session.id}`, 'x-csrf-token': session.csrfToken },
    })
  } finally {
    await sessions.remove(session.id)
  }
}
