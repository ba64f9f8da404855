// The Tines Cases API v2 reference backend (blocks of a case, and enough of cases for a record
// list): what the editor talks to with BACKEND=tines and no BACKEND_URL. Decisions where Tines'
// documentation is silent are in src/adapters/tines/README.md.
import { Hono } from 'hono'
import type { MiddlewareHandler } from 'hono'
import { limitBody } from '../../http/body-limit'
import { jsonError } from '../../http/errors'
import { requestId } from '../../http/request-id'
import type { Db } from '../../storage/db'
import { hashKey } from '../reference-keys'
import { TINES_KEY_LABEL } from './provision'
import { TinesRepository } from './repository'
import { registerBlockRoutes } from './routes/blocks'
import { registerCaseRoutes } from './routes/cases'
import { registerElementRoutes } from './routes/elements'
import { resetTinesSeed } from './seed/seed'
import { recordAndInject, TinesTestHooks } from './test-hooks'

export { TINES_KEY_LABEL }

export interface TinesReferenceOptions {
  db: Db
  bodyLimitBytes: number
  /** Mounts the request log and failure injection (REFERENCE_TEST_HOOKS=1). */
  testHooks?: boolean
  /** Where the backend is mounted in the server (for the request log's paths). */
  basePath?: string
}

export interface TinesReference {
  app: Hono
  /** Present only when test hooks are on. */
  hooks: TinesTestHooks | null
  reset(): Promise<void>
}

const BEARER = /^Bearer (\S+)$/

/** `Authorization: Bearer <key>` or `x-user-token: <key>`, as Tines accepts. */
const requireKey =
  (repo: TinesRepository): MiddlewareHandler =>
  async (c, next) => {
    const bearer = BEARER.exec(c.req.header('authorization') ?? '')?.[1]
    const key = bearer ?? c.req.header('x-user-token')
    if (key === undefined || key === '') {
      return jsonError(c, 401, 'Send "Authorization: Bearer <key>" or "x-user-token: <key>".')
    }
    if (!(await repo.keyValid(hashKey(key), TINES_KEY_LABEL))) {
      return jsonError(c, 401, 'The API key is not valid.')
    }
    await next()
  }

export const createTinesReference = (options: TinesReferenceOptions): TinesReference => {
  const repo = new TinesRepository(options.db)
  const hooks = options.testHooks ? new TinesTestHooks() : null
  const app = new Hono()
  app.use('*', requestId())
  app.use('*', limitBody(options.bodyLimitBytes))
  if (hooks) app.use('*', recordAndInject(hooks, options.basePath ?? ''))
  const api = new Hono()
  api.use('*', requireKey(repo))
  registerElementRoutes(api, repo)
  registerBlockRoutes(api, repo)
  registerCaseRoutes(api, repo)
  app.route('/api/v2', api)
  return { app, hooks, reset: () => resetTinesSeed(options.db) }
}
