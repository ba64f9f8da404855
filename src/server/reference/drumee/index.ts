// The Drumee hub block service reference backend, behaving as a real hub does (vendor-facts.md):
// one entry point, /-/svc/block.<method>, by POST only with a JSON body (any other method is 405,
// so no <img> or link can change the hub); callers log in with POST /-/svc/yp.login and send the
// session cookie `regsid`; the session's user level (read, write, delete, admin) must reach the
// service's documented level. Answers are in Drumee's envelope, errors in its error envelope.
// Decisions: src/adapters/drumee/README.md.
import { Hono } from 'hono'
import type { Context } from 'hono'
import { limitBody } from '../../http/body-limit'
import { requestId } from '../../http/request-id'
import type { Db } from '../../storage/db'
import { RequestLog } from '../test-hooks-common'
import { envelope, errorAnswer, permissionDenied, rowsAnswer } from './envelope'
import { DEFAULT_MAX_DEPTH } from './letc'
import { DrumeeError, isService, LEVELS, SERVICE_LEVELS } from './model'
import type { ReferenceMode } from './model'
import { Params } from './params'
import { DrumeeRepository } from './repository'
import { resetDrumeeSeed } from './seed/seed'
import { SERVICES } from './services'
import { DrumeeSessions, SESSION_TTL_SECONDS, sessionCookieName, sessionIdOf } from './sessions'
import { recordAndInject } from './test-hooks'

export interface DrumeeReferenceOptions {
  db: Db
  bodyLimitBytes: number
  testHooks?: boolean
  basePath?: string
  /** `hub` (default): as vendor-facts.md says a hub answers; `alt`: the other plausible shapes. */
  mode?: ReferenceMode
  /** The clock (tests pin it). */
  now?: () => string
}

export interface DrumeeReference {
  app: Hono
  hooks: RequestLog | null
  sessions: DrumeeSessions
  reset(): Promise<void>
}

const PARAM_HEADER = 'x-param-'

/** The parameters of a call: its JSON body, then any `x-param-<name>` header (a hub reads both). */
const readParams = async (c: Context): Promise<Params> => {
  const text = await c.req.text()
  let body: unknown = {}
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text)
    } catch {
      throw new DrumeeError(400, 'INVALID_JSON', 'The body must be a JSON object.')
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DrumeeError(400, 'INVALID_JSON', 'The body must be a JSON object.')
  }
  const values: Record<string, unknown> = { ...(body as Record<string, unknown>) }
  c.req.raw.headers.forEach((value, name) => {
    if (name.startsWith(PARAM_HEADER)) values[name.slice(PARAM_HEADER.length)] = value
  })
  return new Params(values)
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const createDrumeeReference = (options: DrumeeReferenceOptions): DrumeeReference => {
  const repo = new DrumeeRepository(options.db)
  const sessions = new DrumeeSessions(repo)
  const mode = options.mode ?? 'hub'
  const cookieName = sessionCookieName(mode)
  const hooks = options.testHooks ? new RequestLog() : null
  const now = options.now ?? (() => new Date().toISOString())
  const limits = { depth: DEFAULT_MAX_DEPTH, bytes: options.bodyLimitBytes }
  const app = new Hono()
  app.use('*', requestId())
  app.use('*', limitBody(options.bodyLimitBytes))
  if (hooks) app.use('*', recordAndInject(hooks, options.basePath ?? ''))

  const refuseOtherMethods = (c: Context, service: string): Response | null => {
    if (c.req.method === 'POST') return null
    c.header('Allow', 'POST')
    const error = new DrumeeError(405, 'METHOD_NOT_ALLOWED', `${service} answers POST only.`)
    return errorAnswer(c, service, error, mode)
  }

  app.all('/-/svc/yp.login', async (c) => {
    const refused = refuseOtherMethods(c, 'yp.login')
    if (refused) return refused
    try {
      const params = await readParams(c)
      const vars = params.raw('vars')
      const fields = isObject(vars) ? vars : {}
      const ident = typeof fields.ident === 'string' ? fields.ident.trim() : ''
      const password = typeof fields.password === 'string' ? fields.password : ''
      const session = await sessions.login(ident, password)
      if (session === null) {
        // A real hub answers a wrong login with 200 and this body; `alt` puts it in the envelope.
        const wrong = { error: 'user_error', status: 'WRONG_CREDENTIALS' }
        return c.json(mode === 'hub' ? wrong : envelope('yp.login', wrong))
      }
      const maxAge = mode === 'hub' ? `; Max-Age=${SESSION_TTL_SECONDS}` : ''
      c.header(
        'Set-Cookie',
        `${cookieName}=${session}${maxAge}; Path=/; HttpOnly; Secure; SameSite=Strict`,
      )
      // `alt` also sets a cookie a client has no use for: a client keeps whatever it is given.
      if (mode === 'alt') c.header('Set-Cookie', 'lang=en; Path=/', { append: true })
      return c.json(envelope('yp.login', { ident, status: 'ok' }))
    } catch (error) {
      if (error instanceof DrumeeError) return errorAnswer(c, 'yp.login', error, mode)
      throw error
    }
  })

  app.all('/-/svc/:service', async (c) => {
    const full = c.req.param('service')
    const refused = refuseOtherMethods(c, full)
    if (refused) return refused
    try {
      const name = full.startsWith('block.') ? full.slice('block.'.length) : ''
      if (!isService(name)) {
        throw new DrumeeError(404, 'SERVICE_NOT_FOUND', `No service "${full}".`)
      }
      const params = await readParams(c)
      const level = sessions.levelOf(
        sessionIdOf(c.req.header('cookie'), cookieName, params.raw('regsid')),
      )
      const needed = SERVICE_LEVELS[name]
      if (level < LEVELS[needed]) throw permissionDenied(full, needed)
      const result = await SERVICES[name]({
        repo,
        params,
        now,
        mode,
        limits,
        acceptLanguage: c.req.header('accept-language'),
      })
      if ('response' in result) return result.response
      const data = 'rows' in result ? rowsAnswer(result.rows, mode) : result.data
      return c.json(envelope(full, data))
    } catch (error) {
      if (error instanceof DrumeeError) return errorAnswer(c, full, error, mode)
      throw error
    }
  })
  return { app, hooks, sessions, reset: () => resetDrumeeSeed(options.db) }
}
