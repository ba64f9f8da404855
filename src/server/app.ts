// createServer: the whole server as a Hono app plus its resources, usable from main.ts, from the
// Vite dev plugin and from tests. It opens storage, migrates, provisions the reference key, seeds
// the demo tenant once, and mounts /api, /ref and (when enabled) /__test.
import { Hono } from 'hono'
import { createConfigRoute } from './api/config-route'
import { bearerAuthorization, mountProxy } from './api/proxy'
import type { ServerConfig } from './config'
import { jsonError, errorBody, requestIdOf } from './http/errors'
import { requestId } from './http/request-id'
import { PRODUCTION_CSP, securityHeaders } from './http/security-headers'
import { createBaskerReference } from './reference/basker'
import { ensureDemoSeed } from './reference/basker/seed/seed'
import { testHookRoutes } from './reference/basker/test-hooks'
import { hashKey, loadOrCreateReferenceKey } from './reference/reference-keys'
import { createTinesReference } from './reference/tines'
import { ensureTinesSeed } from './reference/tines/seed/seed'
import { provisionTinesKey } from './reference/tines/provision'
import { tinesTestHookRoutes } from './reference/tines/test-hooks'
import { serveApp } from './static-files'
import type { Db } from './storage/db'
import { runMigrations } from './storage/migrations'
import { openDb } from './storage/open-db'

export const BASKER_MOUNT = '/ref/basker'
export const TINES_MOUNT = '/ref/tines'

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
  /** The reference backends' key, for in-process tests; never printed or sent to a browser. */
  referenceKey: string
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
    const referenceKey = await loadOrCreateReferenceKey(config.dataDir)
    await db.query(
      'INSERT INTO api_keys (key_hash, label, created_at) VALUES ($1, $2, $3) ON CONFLICT (key_hash) DO NOTHING',
      [hashKey(referenceKey), 'reference key', new Date().toISOString()],
    )
    await ensureDemoSeed(db)
    const tinesKey = await provisionTinesKey(db, config.dataDir)
    await ensureTinesSeed(db)
    let origin = originOf(config.host, config.port)

    const app = new Hono()
    app.use('*', requestId())
    app.use('*', securityHeaders(options.contentSecurityPolicy ?? PRODUCTION_CSP))

    const basker = createBaskerReference({
      db,
      basePath: BASKER_MOUNT,
      rateReads: config.basker.rateReads,
      rateWrites: config.basker.rateWrites,
      bodyLimitBytes: config.bodyLimitBytes,
      testHooks: config.referenceTestHooks,
    })
    app.route(BASKER_MOUNT, basker.app)
    if (basker.hooks) app.route('/__test/basker', testHookRoutes(basker.hooks, basker.reset))

    const tines = createTinesReference({
      db,
      bodyLimitBytes: config.bodyLimitBytes,
      testHooks: config.referenceTestHooks,
      basePath: TINES_MOUNT,
    })
    app.route(TINES_MOUNT, tines.app)
    if (tines.hooks) app.route('/__test/tines', tinesTestHookRoutes(tines.hooks, tines.reset))

    app.route('/api/config', createConfigRoute(config))
    const isTines = config.backend === 'tines'
    mountProxy(app, {
      target: () => config.backendUrl ?? `${origin}${isTines ? TINES_MOUNT : BASKER_MOUNT}`,
      apiKey: () => config.backendApiKey ?? (isTines ? tinesKey : referenceKey),
      ...(isTines ? { authorization: bearerAuthorization } : {}),
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
      referenceKey,
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
