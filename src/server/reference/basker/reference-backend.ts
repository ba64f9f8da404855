// The Basker reference backend as the server's registry sees it.
import { Hono } from 'hono'
import { loadOrCreateReferenceKey } from '../reference-keys'
import { storeReferenceKey } from '../stored-keys'
import type { ReferenceBackend } from '../registry-types'
import { jsonError } from '../../http/errors'
import { createBaskerReference, type BaskerReference } from './index'
import { ensureDemoSeed } from './seed/seed'
import { testHookRoutes } from './test-hooks'

export const BASKER_MOUNT = '/ref/basker'

const positive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1

/**
 * The shared hooks, plus POST /rate-limits {reads, writes} (other limits until the next reset)
 * and GET /theme (stored theme values, which the partner API does not serve).
 */
const baskerTestHooks = (basker: BaskerReference): Hono => {
  const hooks = new Hono()
  hooks.post('/rate-limits', async (c) => {
    const body: unknown = await c.req.json().catch(() => null)
    const { reads, writes } = (typeof body === 'object' && body !== null ? body : {}) as Record<
      string,
      unknown
    >
    if (!positive(reads) || !positive(writes)) {
      return jsonError(c, 400, 'The body must be {reads, writes}, whole numbers ≥ 1.')
    }
    basker.setRateLimits(reads, writes)
    return c.json({ reads, writes })
  })
  // Theme values as stored (the partner API has no read of them): ?tenant=&collection=&id=
  hooks.get('/theme', async (c) => {
    const stored = await basker.storedTheme(
      c.req.query('tenant') ?? 'demo',
      c.req.query('collection') ?? '',
      c.req.query('id') ?? '',
    )
    return stored ? c.json(stored) : jsonError(c, 404, 'No theme settings stored there.')
  })
  if (basker.hooks) hooks.route('/', testHookRoutes(basker.hooks, basker.reset))
  return hooks
}

export const baskerReference: ReferenceBackend = {
  name: 'basker',
  mount: BASKER_MOUNT,
  async start({ db, config }) {
    const key = await loadOrCreateReferenceKey(config.dataDir)
    await storeReferenceKey(db, key, 'reference key')
    await ensureDemoSeed(db)
    const basker = createBaskerReference({
      db,
      basePath: BASKER_MOUNT,
      rateReads: config.basker.rateReads,
      rateWrites: config.basker.rateWrites,
      bodyLimitBytes: config.bodyLimitBytes,
      testHooks: config.referenceTestHooks,
    })
    return {
      // Basker's routes type their own context; the registry mounts plain Hono apps.
      app: new Hono().route('/', basker.app),
      testHooks: basker.hooks ? baskerTestHooks(basker) : null,
      secret: key,
    }
  },
  // Basker rejects Bearer tokens: the scheme is exactly `users API-Key`.
}
