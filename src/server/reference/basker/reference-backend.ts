// The Basker reference backend as the server's registry sees it.
import { Hono } from 'hono'
import { headerAuth } from '../../api/proxy'
import { hashKey, loadOrCreateReferenceKey } from '../reference-keys'
import type { ReferenceBackend } from '../registry-types'
import { classifyBasker } from './classify'
import { createBaskerReference } from './index'
import { ensureDemoSeed } from './seed/seed'
import { testHookRoutes } from './test-hooks'

export const BASKER_MOUNT = '/ref/basker'

export const baskerReference: ReferenceBackend = {
  name: 'basker',
  mount: BASKER_MOUNT,
  async start({ db, config }) {
    const key = await loadOrCreateReferenceKey(config.dataDir)
    await db.query(
      'INSERT INTO api_keys (key_hash, label, created_at) VALUES ($1, $2, $3) ON CONFLICT (key_hash) DO NOTHING',
      [hashKey(key), 'reference key', new Date().toISOString()],
    )
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
      testHooks: basker.hooks ? testHookRoutes(basker.hooks, basker.reset) : null,
      secret: key,
    }
  },
  // Basker rejects Bearer tokens: the scheme is exactly `users API-Key`.
  proxyAuth: (secret) => headerAuth('Authorization', `users API-Key ${secret}`),
  classify: classifyBasker,
}
