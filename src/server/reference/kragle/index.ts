// The Kragle API v1 reference backend (block types, block stacks, session login): what the editor
// talks to with BACKEND=kragle and no BACKEND_URL. Decisions where Kragle's documentation is
// silent are in src/adapters/kragle/README.md.
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { requestId } from '../../http/request-id'
import type { Db } from '../../storage/db'
import { RequestLog, recordAndInject } from '../test-hooks-common'
import { KRAGLE_CODES, KragleError, kragleAnswer } from './errors'
import type { RemoteOptions } from './remote'
import { KragleRepository } from './repository'
import { registerBlockTypeRoutes } from './routes/blocktypes'
import { registerStackRoutes } from './routes/stacks'
import { identify, login, startSession } from './session'
import type { KragleEnv } from './session'

export interface KragleReferenceOptions {
  db: Db
  bodyLimitBytes: number
  cookieSecret: string
  sessionTtlSeconds: number
  /**
   * KRAGLE_REFERENCE_VARIANT=1: the other plausible behaviour where Kragle's is unknown (another
   * session cookie name and a second cookie, no Max-Age, new instance ids on every write, a
   * one-stack read answered as a one-element array), so the adapter cannot depend on one guess.
   */
  variant?: boolean
  remote: RemoteOptions
  /** Mounts the request log and failure injection (REFERENCE_TEST_HOOKS=1). */
  testHooks?: boolean
  /** Where the backend is mounted in the server (for the request log's paths). */
  basePath?: string
}

export interface KragleReference {
  app: Hono
  log: RequestLog | null
}

const AUTHENTICATE = '/api/v1/authenticate'

/** The log must never hold a password: inline credentials are blanked after they are recorded. */
const redactInlineAuth = (log: RequestLog) => {
  const last = log.requests[log.requests.length - 1]
  const body = last?.body
  if (last && typeof body === 'object' && body !== null && 'auth' in body) {
    last.body = { ...body, auth: '[redacted]' }
  }
}

export const createKragleReference = (options: KragleReferenceOptions): KragleReference => {
  const repo = new KragleRepository(options.db)
  const log = options.testHooks ? new RequestLog() : null
  const session = {
    repo,
    cookieSecret: options.cookieSecret,
    ttlSeconds: options.sessionTtlSeconds,
    variant: options.variant ?? false,
  }
  const app = new Hono()
  app.use('*', requestId())
  app.use(
    '*',
    bodyLimit({
      maxSize: options.bodyLimitBytes,
      onError: (c) =>
        kragleAnswer(
          c,
          KRAGLE_CODES.badPayload,
          `The body is larger than ${options.bodyLimitBytes} bytes.`,
        ),
    }),
  )
  if (log) {
    app.use(
      '*',
      recordAndInject(log, {
        basePath: options.basePath ?? '',
        logged: (method, path) => method !== 'GET' && method !== 'HEAD' && path !== AUTHENTICATE,
        answer: (c, status) =>
          c.json({ code: 0, msg: `Injected failure ${status} (test hook).` }, status as 500),
      }),
    )
    app.use('*', async (_c, next) => {
      redactInlineAuth(log)
      await next()
    })
  }
  const api = new Hono<KragleEnv>()
  api.use('*', identify(session))
  api.post('/authenticate', async (c) => {
    const user = await login(repo, c.get('body'))
    await startSession(c, user, session)
    return c.json({ code: 0, user_id: user })
  })
  registerBlockTypeRoutes(api, repo, options.remote)
  registerStackRoutes(api, repo, { variant: session.variant })
  api.all('*', (c) =>
    kragleAnswer(c, KRAGLE_CODES.badQuery, `No endpoint ${c.req.method} ${c.req.path}.`),
  )
  app.route('/api/v1', api)
  app.onError((error, c) => {
    if (error instanceof KragleError) {
      return kragleAnswer(c, error.code, error.message, error.status)
    }
    throw error
  })
  return { app, log }
}
