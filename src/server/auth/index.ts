// Users, roles and sessions, mounted in front of every /api route (see guard.ts). Called by
// createServer before any /api route is registered, so none can slip past the guard.
import type { Hono } from 'hono'
import type { ServerConfig } from '../config'
import { referenceFor } from '../reference/registry'
import type { Db } from '../storage/db'
import { mountGuard } from './guard'
import { createLoginThrottle } from './login-throttle'
import { checkStartMode } from './loopback'
import { createSessionRepository } from './session-repository'
import { mountSessionRoutes } from './session-routes'
import { authTestHooks } from './test-hooks'
import { createUserRepository } from './user-repository'
import { mountUserRoutes } from './user-routes'

export const mountAuth = async (
  app: Hono,
  { db, config, log }: { db: Db; config: ServerConfig; log: (line: string) => void },
): Promise<void> => {
  const ttlMs = config.sessionTtlHours * 3_600_000
  const stores = { users: createUserRepository(db), sessions: createSessionRepository(db, ttlMs) }
  const mode = checkStartMode(config.host, await stores.users.exist())
  if (mode === 'local') log('No users exist: running as a single local admin (loopback only).')
  const classify = referenceFor(config.backend)?.classify
  mountGuard(app, {
    stores,
    classify: classify ? (request) => classify(request) : undefined,
    bodyLimitBytes: config.bodyLimitBytes,
  })
  mountSessionRoutes(app, { stores, throttle: createLoginThrottle(), ttlMs })
  mountUserRoutes(app, stores)
  if (config.referenceTestHooks) app.route('/__test/auth', authTestHooks(stores, db))
}
