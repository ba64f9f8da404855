// createServer: the whole server as a Hono app plus its resources, usable from main.ts, from the
// Vite dev plugin and from tests. It opens storage, migrates, provisions the reference key, seeds
// the demo tenant once, and mounts /api, /ref and (when enabled) /__test. Only the reference
// backends in config.references start (the one in use; none when BACKEND_URL is set).
import { Hono } from 'hono'
import { createConfigRoute } from './api/config-route'
import { mountAuth } from './auth'
import { mountProxy } from './api/proxy'
import { rateShare } from './api/rate-share'
import { createDoctorRoute } from './doctor/route'
import type { BackendName, ServerConfig } from './config'
import { jsonError, errorBody, requestIdOf } from './http/errors'
import { limitBody } from './http/body-limit'
import { compressJson } from './http/compress'
import { isClientDataError } from './http/client-data-error'
import { createLive, mountLive, type LiveHub, type LivePublish } from './live'
import { requestId } from './http/request-id'
import { PRODUCTION_CSP, securityHeaders } from './http/security-headers'
import { BackendLoginError } from './reference/backend-login-error'
import { serverBackendOf } from './backends'
import { serveApp } from './static-files'
import type { Db } from './storage/db'
import { runMigrations } from './storage/migrations'
import { createRateWindows } from './storage/rate-windows'
import { openDb } from './storage/open-db'

export { BASKER_MOUNT } from './reference/basker/reference-backend'
export { TINES_MOUNT } from './reference/tines/reference-backend'

export interface ServerOptions {
  /** Overrides the Content-Security-Policy (the dev plugin relaxes it for Vite's client). */
  contentSecurityPolicy?: string
  /** Serve dist/ for non-API GETs (off inside Vite, which serves the app itself). */
  serveStatic?: boolean
  log?: (line: string) => void
}

export interface ServerHandle {
  app: Hono
  db: Db
  /** The Basker reference key, for in-process tests; never printed or sent to a browser. */
  referenceKey: string
  /** Every started reference backend's credential by backend name, for in-process tests. */
  referenceSecrets: Partial<Record<BackendName, string>>
  /** Presence and live updates: streams, and what other server code publishes. */
  live: LiveHub
  /** Tells every tab on a record that something changed (comments, approvals, saves). */
  publish: LivePublish
  /** Tells the server where it listens, so the built-in backend's URL can be derived. */
  setOrigin(origin: string): void
  close(): Promise<void>
}

/** http://HOST:PORT, with a wildcard bind address replaced by loopback. */
export const originOf = (host: string, port: number): string => {
  const reachable = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`
}

const hasOwnBodyLimit = (path: string): boolean =>
  path.startsWith('/api/session/') || path === '/api/users' || path.startsWith('/api/users/')

/** The backend's rate limits the users share (only Basker's reference documents its own). */
const backendLimits = (config: ServerConfig) =>
  config.backend === 'basker'
    ? { reads: config.basker.rateReads, writes: config.basker.rateWrites }
    : { reads: DEFAULT_BACKEND_RATE.reads, writes: DEFAULT_BACKEND_RATE.writes }

const DEFAULT_BACKEND_RATE = { reads: 1000, writes: 300 }

export const createServer = async (
  config: ServerConfig,
  options: ServerOptions = {},
): Promise<ServerHandle> => {
  const log = options.log ?? ((line: string) => console.log(line))
  const db = await openDb(config)
  let live: LiveHub | null = null
  try {
    await runMigrations(db)
    live = await createLive({ db, config, log })
    const hub = live
    let origin = originOf(config.host, config.port)

    const app = new Hono()
    app.use('*', requestId())
    app.use('*', securityHeaders(options.contentSecurityPolicy ?? PRODUCTION_CSP))
    // The browser's answers only: /ref answers go to our own proxy over loopback.
    app.use('/api/*', compressJson())
    // Every route has a body limit; logins and users a smaller one of their own (auth/index.ts),
    // which must be the first to read: an outer limit would buffer up to its own size first.
    const bodyLimit = limitBody(config.bodyLimitBytes)
    app.use('*', (c, next) => (hasOwnBodyLimit(c.req.path) ? next() : bodyLimit(c, next)))
    // Users, sessions and the role checks come first: every /api route below is behind them.
    await mountAuth(app, { db, config, log })

    const secrets: Partial<Record<BackendName, string>> = {}
    for (const name of config.references) {
      const reference = serverBackendOf(name).reference
      const started = await reference.start({ db, config, log })
      secrets[reference.name] = started.secret
      app.route(reference.mount, started.app)
      if (started.testHooks) app.route(`/__test/${reference.name}`, started.testHooks)
    }

    app.route('/api/config', createConfigRoute(config))
    mountLive(app, { hub, config })
    app.route(
      '/api/doctor',
      createDoctorRoute(
        () => app,
        () => origin,
      ),
    )
    const selected = serverBackendOf(config.backend)
    const secret = config.backendApiKey ?? secrets[config.backend] ?? ''
    const target = (): string => config.backendUrl ?? `${origin}${selected.reference.mount}`
    app.use('/api/backend/*', rateShare(createRateWindows(db), backendLimits(config)))
    mountProxy(app, {
      target,
      secret: () => secret,
      authorize: selected.proxyAuth(secret, target, { config, log }),
      timeoutMs: config.proxyTimeoutMs,
      bodyLimitBytes: config.bodyLimitBytes,
      responseLimitBytes: config.proxyResponseLimitBytes,
      mediaTypes: selected.mediaTypes ?? [],
      log,
    })

    const isApi = (path: string): boolean => /^\/(api|ref|__test)(\/|$)/.test(path)
    if (options.serveStatic ?? true) {
      const serve = serveApp(config.distDir)
      app.get('*', (c) => (isApi(c.req.path) ? c.notFound() : serve(c)))
    }
    app.notFound((c) => jsonError(c, 404, `No route for ${c.req.method} ${c.req.path}.`))
    app.onError((error, c) => {
      // Text the database cannot hold (a NUL, say) is the client's mistake, not a server error.
      if (isClientDataError(error)) {
        return c.json(
          errorBody(
            400,
            'The request holds text that cannot be stored (e.g. a NUL character).',
            requestIdOf(c),
          ),
          400,
        )
      }
      // The proxy could not log in to the backend: nothing was forwarded; say why (no secret).
      if (error instanceof BackendLoginError) {
        log(`proxy ${c.req.method} ${c.req.path}: ${error.message}`)
        const detail = { path: 'backend-login', message: error.message, code: error.code }
        return jsonError(c, 503, error.message, [detail])
      }
      log(
        `error ${c.req.method} ${c.req.path} [${requestIdOf(c)}]: ${error.stack ?? error.message}`,
      )
      return c.json(errorBody(500, 'Unexpected server error.', requestIdOf(c)), 500)
    })

    return {
      app,
      db,
      referenceKey: secrets.basker ?? '',
      referenceSecrets: secrets,
      live: hub,
      publish: hub.publish,
      setOrigin: (next) => {
        origin = next.replace(/\/+$/, '')
      },
      close: async () => {
        // The hub first: its last writes (this server's tabs leaving) need the database.
        await hub.close()
        await db.close()
      },
    }
  } catch (error) {
    await live?.close().catch(() => undefined)
    await db.close().catch(() => undefined)
    throw error
  }
}
