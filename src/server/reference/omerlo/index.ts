// The Omerlo Backoffice API (community v2) reference backend: profiles (events, organizations,
// people, projects) whose blocks hold ordered entries, written as whole arrays. What the editor
// talks to with BACKEND=omerlo and no BACKEND_URL. Decisions where Omerlo's documentation is
// silent are in src/adapters/omerlo/README.md.
import { Hono } from 'hono'
import type { MiddlewareHandler } from 'hono'
import { limitBody } from '../../http/body-limit'
import { jsonError } from '../../http/errors'
import { requestId } from '../../http/request-id'
import type { Db } from '../../storage/db'
import { hashKey } from '../reference-keys'
import { recordAndInject, RequestLog } from '../test-hooks-common'
import type { OmerloShapes } from './present'
import { OMERLO_KEY_LABEL } from './provision'
import { OmerloRepository } from './repository'
import { registerBlockRoutes } from './routes/blocks'
import { registerRecordRoutes } from './routes/records'
import { resetOmerloSeed } from './seed/seed'

export const OMERLO_API = '/api/community/v2'

export interface OmerloReferenceOptions {
  db: Db
  bodyLimitBytes: number
  /** Mounts the request log and failure injection (REFERENCE_TEST_HOOKS=1). */
  testHooks?: boolean
  /** Where the backend is mounted in the server (for the request log's paths). */
  basePath?: string
}

export interface OmerloReference {
  app: Hono
  /** Present only when test hooks are on. */
  log: RequestLog | null
  reset(): Promise<void>
  /** Which shapes it answers: as Omerlo does (the default), or the other plausible ones. */
  setShapes(shapes: OmerloShapes): void
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Omerlo's failures carry `errors: [...]` (vendor-facts.md); the item shape is not public, so the
 * vendor shapes send `{message}` items and the other shapes bare strings.
 */
const omerloErrors =
  (shapes: () => OmerloShapes): MiddlewareHandler =>
  async (c, next) => {
    await next()
    if (c.res.status < 400) return
    const body: unknown = await c.res
      .clone()
      .json()
      .catch(() => null)
    const message = isRecord(body) && typeof body.message === 'string' ? body.message : 'Error'
    const errors = shapes() === 'other' ? [message] : [{ message }]
    c.res = new Response(JSON.stringify({ errors }), {
      status: c.res.status,
      headers: { 'content-type': 'application/json' },
    })
  }

/** `x-api-key` header, or the `x-api-key` query parameter Omerlo also accepts. */
const requireKey =
  (repo: OmerloRepository): MiddlewareHandler =>
  async (c, next) => {
    const key = c.req.header('x-api-key') ?? c.req.query('x-api-key')
    if (key === undefined || key === '') {
      return jsonError(c, 401, 'Unauthorized API KEY: send the "x-api-key" header.')
    }
    if (!(await repo.keyValid(hashKey(key), OMERLO_KEY_LABEL))) {
      return jsonError(c, 401, 'Unauthorized API KEY: the key is not valid.')
    }
    await next()
  }

export const createOmerloReference = (options: OmerloReferenceOptions): OmerloReference => {
  const repo = new OmerloRepository(options.db)
  const log = options.testHooks ? new RequestLog() : null
  const app = new Hono()
  app.use('*', requestId())
  app.use('*', limitBody(options.bodyLimitBytes))
  if (log) app.use('*', recordAndInject(log, { basePath: options.basePath ?? '' }))
  let shapes: OmerloShapes = 'vendor'
  const current = () => shapes
  const api = new Hono()
  api.use('*', omerloErrors(current))
  api.use('*', requireKey(repo))
  registerRecordRoutes(api, repo, current)
  registerBlockRoutes(api, repo, current)
  app.route(OMERLO_API, api)
  return {
    app,
    log,
    reset: () => resetOmerloSeed(options.db),
    setShapes: (next) => {
      shapes = next
    },
  }
}
