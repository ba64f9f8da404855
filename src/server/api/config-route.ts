import { Hono } from 'hono'
import type { ServerConfig } from '../config'

/** GET /api/config: which backend the browser talks to. Never a secret, never a URL. */
export const createConfigRoute = (config: ServerConfig): Hono => {
  const app = new Hono()
  app.get('/', (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json({
      backend: config.backend,
      basker: { tenant: config.basker.tenant, apiVersion: config.basker.apiVersion },
    })
  })
  return app
}
