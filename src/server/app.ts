// createServer: the whole server as a Hono app plus its resources, usable from main.ts, from the
// Vite dev plugin and from tests. It opens storage, migrates, provisions the reference key, seeds
// the demo tenant once, and mounts /api, /ref and (when enabled) /__test.
import { Hono } from 'hono'
import { createConfigRoute } from './api/config-route'
import { mountAuth } from './auth'
import { mountProxy } from './api/proxy'
import { createDoctorRoute } from './doctor/route'
import type { BackendName, ServerConfig } from './config'
import { jsonError, errorBody, requestIdOf } from './http/errors'
import { requestId } from './http/request-id'
import { PRODUCTION_CSP, securityHeaders } from './http/security-headers'
import { REFERENCE_BACKENDS } from './reference/registry'
import { serveApp } from './static-files'
import type { Db } from './storage/db'
import { runMigrations } from './storage/migrations'
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
  /** Every reference backend's credential by backend name, for in-process tests. */
  referenceSecrets: Partial<Record<BackendName, string>>
  /** Tells the server where it listens, so the built-in backend's URL can be derived. */
  setOrigin(origin: string): void
  close(): Promise<void>
}

/** http://HOST:PORT, with a wildcard bind address replaced by loopback. */
export const originOf = (host: string, port: number): string => {
  const reachable = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`
}

export const createServer = async (
  config: ServerConfig,
  options: ServerOptions = {},
): Promise<ServerHandle> => {
  const log = options.log ?? ((line: string) => console.log(line))
  const db = await openDb(config)
  try {
    await runMigrations(db)
    let origin = originOf(config.host, config.port)

    const app = new Hono()
    app.use('*', requestId())
    app.use('*', securityHeaders(options.contentSecurityPolicy ?? PRODUCTION_CSP))
    // Users, sessions and the role checks come first: every /api route below is behind them.
    await mountAuth(app, { db, config, log })

    const secrets: Partial<Record<BackendName, string>> = {}
    for (const reference of REFERENCE_BACKENDS) {
      const started = await reference.start({ db, config, log })
      secrets[reference.name] = started.secret
      app.route(reference.mount, started.app)
      if (started.testHooks) app.route(`/__test/${reference.name}`, started.testHooks)
    }

    app.route('/api/config', createConfigRoute(config))
    app.route(
      '/api/doctor',
      createDoctorRoute(
        () => app,
        () => origin,
      ),
    )
    const selected = REFERENCE_BACKENDS.find((reference) => reference.name === config.backend)
    if (!selected) throw new Error(`No reference backend is registered for ${config.backend}.`)
    const secret = config.backendApiKey ?? secrets[config.backend] ?? ''
    const target = (): string => config.backendUrl ?? `${origin}${selected.mount}`
    mountProxy(app, {
      target,
      secret: () => secret,
      authorize: selected.proxyAuth(secret, target),
      timeoutMs: config.proxyTimeoutMs,
      bodyLimitBytes: config.bodyLimitBytes,
      responseLimitBytes: config.proxyResponseLimitBytes,
      log,
    })

    const isApi = (path: string): boolean => /^\/(api|ref|__test)(\/|$)/.test(path)
    if (options.serveStatic ?? true) {
      const serve = serveApp(config.distDir)
      app.get('*', (c) => (isApi(c.req.path) ? c.notFound() : serve(c)))
    }
    app.notFound((c) => jsonError(c, 404, `No route for ${c.req.method} ${c.req.path}.`))
    app.onError((error, c) => {
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
      setOrigin: (next) => {
        origin = next.replace(/\/+$/, '')
      },
      close: () => db.close(),
    }
  } catch (error) {
    await db.close().catch(() => undefined)
    throw error
  }
}
