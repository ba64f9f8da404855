import { Hono } from 'hono'
import { capabilitiesOf } from '../../core/backend-capabilities'
import type { ServerConfig } from '../config'

/**
 * GET /api/config: which backend the browser talks to and what it can do. Never a secret, never a
 * URL.
 */
export const createConfigRoute = (config: ServerConfig): Hono => {
  const app = new Hono()
  app.get('/', (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json({
      backend: config.backend,
      capabilities: capabilitiesOf(config.backend),
      basker: { tenant: config.basker.tenant, apiVersion: config.basker.apiVersion },
    })
  })
  return app
}
