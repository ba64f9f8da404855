// The Drumee hub block service reference backend: one entry point, /-/svc/block.<method>, POST
// with a JSON body or GET with a query, answers `{data}`. Callers authenticate with
// `Authorization: Bearer <key>`; the key's level (read, write, delete, admin) must reach the
// service's documented level, and no key is anonymous. Decisions: src/adapters/drumee/README.md.
import { Hono } from 'hono'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { limitBody } from '../../http/body-limit'
import { requestIdOf } from '../../http/errors'
import { requestId } from '../../http/request-id'
import type { Db } from '../../storage/db'
import { hashKey } from '../reference-keys'
import { RequestLog } from '../test-hooks-common'
import { DrumeeError, isService, LEVELS, SERVICE_LEVELS } from './model'
import { fromQuery, Params } from './params'
import { levelOfLabel } from './provision'
import { DrumeeRepository } from './repository'
import { resetDrumeeSeed } from './seed/seed'
import { SERVICES } from './services'
import { recordAndInject } from './test-hooks'

export interface DrumeeReferenceOptions {
  db: Db
  bodyLimitBytes: number
  testHooks?: boolean
  basePath?: string
  /** The clock (tests pin it). */
  now?: () => string
}

export interface DrumeeReference {
  app: Hono
  hooks: RequestLog | null
  reset(): Promise<void>
}

const BEARER = /^Bearer (\S+)$/

/** Drumee's error answer: the code, a message, and the request id. */
export const drumeeError = (c: Context, error: DrumeeError): Response =>
  c.json(
    { error: error.code, message: error.message, requestId: requestIdOf(c) },
    error.status as ContentfulStatusCode,
  )

const callerLevel = async (c: Context, repo: DrumeeRepository): Promise<number> => {
  const header = c.req.header('authorization')
  if (header === undefined || header === '') return LEVELS.anonymous
  const key = BEARER.exec(header)?.[1]
  if (key === undefined) {
    throw new DrumeeError(401, 'UNAUTHORIZED', 'Send "Authorization: Bearer <key>" or no key.')
  }
  const label = await repo.keyLabel(hashKey(key))
  const level = label === null ? null : levelOfLabel(label)
  if (level === null) throw new DrumeeError(401, 'UNAUTHORIZED', 'The key is not valid.')
  return level
}

const readParams = async (c: Context): Promise<Params> => {
  if (c.req.method === 'GET') return new Params(fromQuery(c.req.query()))
  const text = await c.req.text()
  if (text.trim() === '') return new Params({})
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new DrumeeError(400, 'INVALID_JSON', 'The body must be a JSON object.')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DrumeeError(400, 'INVALID_JSON', 'The body must be a JSON object.')
  }
  return new Params(body as Record<string, unknown>)
}

export const createDrumeeReference = (options: DrumeeReferenceOptions): DrumeeReference => {
  const repo = new DrumeeRepository(options.db)
  const hooks = options.testHooks ? new RequestLog() : null
  const now = options.now ?? (() => new Date().toISOString())
  const app = new Hono()
  app.use('*', requestId())
  app.use('*', limitBody(options.bodyLimitBytes))
  if (hooks) app.use('*', recordAndInject(hooks, options.basePath ?? ''))
  app.on(['GET', 'POST'], '/-/svc/:service', async (c) => {
    try {
      const full = c.req.param('service')
      const name = full.startsWith('block.') ? full.slice('block.'.length) : ''
      if (!isService(name)) {
        throw new DrumeeError(404, 'SERVICE_NOT_FOUND', `No service "${full}".`)
      }
      const level = await callerLevel(c, repo)
      const needed = SERVICE_LEVELS[name]
      if (level < LEVELS[needed]) {
        throw new DrumeeError(
          level === LEVELS.anonymous ? 401 : 403,
          'PERMISSION_DENIED',
          `block.${name} needs the ${needed} level.`,
        )
      }
      const result = await SERVICES[name]({ repo, params: await readParams(c), now })
      return 'response' in result ? result.response : c.json({ data: result.data })
    } catch (error) {
      if (error instanceof DrumeeError) return drumeeError(c, error)
      throw error
    }
  })
  return { app, hooks, reset: () => resetDrumeeSeed(options.db) }
}
