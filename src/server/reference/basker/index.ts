// The Basker Partners API reference backend: what the editor talks to when no real Basker is
// configured, behaving as Basker documents (see README.md for where the docs are silent).
import { Hono } from 'hono'
import { limitBody } from '../../http/body-limit'
import { requestId } from '../../http/request-id'
import type { Db } from '../../storage/db'
import type { BaskerEnv } from './env'
import { rateLimit, requireApiKey, requireVersionAndTenant } from './guards'
import { RateLimiter } from './rate-limiter'
import { BaskerRepository } from './repository'
import { ThemeRepository, type ThemeSettings } from './theme-repository'
import { registerBlockRoutes } from './routes/blocks'
import { registerRecordRoutes } from './routes/records'
import { registerThemeRoutes } from './routes/theme'
import { resetDemoSeed } from './seed/seed'
import { recordAndInject, TestHooks } from './test-hooks'

export interface BaskerReferenceOptions {
  db: Db
  /** Where the backend is mounted in the server (for the request log's paths). */
  basePath: string
  rateReads: number
  rateWrites: number
  bodyLimitBytes: number
  testHooks: boolean
}

export interface BaskerReference {
  app: Hono<BaskerEnv>
  /** Present only when test hooks are on. */
  hooks: TestHooks | null
  /** Deletes the demo tenant and seeds it again; clears injected failures and rate budgets. */
  reset(): Promise<void>
  /** Test hook: stored theme values (collection and id '' for the site's), which Basker's API
   * does not serve. */
  storedTheme(tenant: string, collection: string, id: string): Promise<ThemeSettings | null>
  /** Test hook: other rate limits (reads, writes per key per minute) until the next reset. */
  setRateLimits(reads: number, writes: number): void
}

export const createBaskerReference = (options: BaskerReferenceOptions): BaskerReference => {
  const repo = new BaskerRepository(options.db)
  const themes = new ThemeRepository(options.db)
  const limiter = new RateLimiter({ read: options.rateReads, write: options.rateWrites })
  const hooks = options.testHooks ? new TestHooks() : null
  const app = new Hono<BaskerEnv>()

  app.use('*', requestId())
  app.use('*', limitBody(options.bodyLimitBytes))
  if (hooks) app.use('*', recordAndInject(hooks, options.basePath))

  const partner = new Hono<BaskerEnv>()
  partner.use('*', requireApiKey(repo))
  partner.use('*', rateLimit(limiter))
  partner.use('*', requireVersionAndTenant(repo))
  // Theme routes first: /theme/settings must not be read as collection "theme".
  registerThemeRoutes(partner, themes, repo)
  registerBlockRoutes(partner, repo)
  registerRecordRoutes(partner, repo)
  app.route('/partners/:version/:tenant', partner)

  return {
    app,
    hooks,
    reset: async () => {
      await resetDemoSeed(options.db)
      limiter.reset()
      hooks?.cancelFailures()
    },
    storedTheme: (tenant, collection, id) => themes.themeSettings(tenant, collection, id),
    setRateLimits: (reads, writes) => limiter.setLimits({ read: reads, write: writes }),
  }
}
