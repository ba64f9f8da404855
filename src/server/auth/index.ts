// Users, roles and sessions, mounted in front of every /api route (see guard.ts). Called by
// createServer before any /api route is registered, so none can slip past the guard.
import type { Hono } from 'hono'
import type { ServerConfig } from '../config'
import { serverBackendOf } from '../backends'
import type { Db } from '../storage/db'
import { limitBody } from '../http/body-limit'
import { mountGuard } from './guard'
import { createLoginThrottle } from './login-throttle'
import { checkStartMode } from './loopback'
import { referenceDoor } from './reference-door'
import { createSessionRepository } from './session-repository'
import { mountSessionRoutes } from './session-routes'
import { authTestHooks } from './test-hooks'
import { createUserRepository } from './user-repository'
import { mountUserRoutes } from './user-routes'

/** Largest body of a login or a user record (a name, an address, a password and a role). */
export const AUTH_BODY_LIMIT_BYTES = 16 * 1024

export const mountAuth = async (
  app: Hono,
  { db, config, log }: { db: Db; config: ServerConfig; log: (line: string) => void },
): Promise<void> => {
  const ttlMs = config.sessionTtlHours * 3_600_000
  const stores = { users: createUserRepository(db), sessions: createSessionRepository(db, ttlMs) }
  const mode = checkStartMode(config.host, await stores.users.exist())
  if (mode === 'local') log('No users exist: running as a single local admin (loopback only).')
  const { classify } = serverBackendOf(config.backend)
  mountGuard(app, {
    stores,
    classify: (request) => classify(request),
    bodyLimitBytes: config.bodyLimitBytes,
  })
  // The reference backends behind the same door: loopback names without users, logins with.
  app.use('/ref/*', referenceDoor(stores, config.host))
  // Logins and user records are small: a huge body is refused before anything reads it.
  app.use('/api/session/*', limitBody(AUTH_BODY_LIMIT_BYTES))
  app.use('/api/users', limitBody(AUTH_BODY_LIMIT_BYTES))
  app.use('/api/users/*', limitBody(AUTH_BODY_LIMIT_BYTES))
  mountSessionRoutes(app, { stores, throttle: createLoginThrottle(db), ttlMs })
  mountUserRoutes(app, stores)
  if (config.referenceTestHooks) app.route('/__test/auth', authTestHooks(stores, db))
}
