// The Tines reference backend as the server's registry sees it.
import { headerAuth } from '../../api/proxy'
import type { ReferenceBackend } from '../registry-types'
import { classifyTines } from './classify'
import { createTinesReference } from './index'
import { provisionTinesKey } from './provision'
import { ensureTinesSeed } from './seed/seed'
import { tinesTestHookRoutes } from './test-hooks'

export const TINES_MOUNT = '/ref/tines'

export const tinesReference: ReferenceBackend = {
  name: 'tines',
  mount: TINES_MOUNT,
  async start({ db, config }) {
    const key = await provisionTinesKey(db, config.dataDir)
    await ensureTinesSeed(db)
    const tines = createTinesReference({
      db,
      bodyLimitBytes: config.bodyLimitBytes,
      testHooks: config.referenceTestHooks,
      basePath: TINES_MOUNT,
    })
    return {
      app: tines.app,
      testHooks: tines.hooks ? tinesTestHookRoutes(tines.hooks, tines.reset) : null,
      secret: key,
    }
  },
  proxyAuth: (secret) => headerAuth('Authorization', `Bearer ${secret}`),
  classify: classifyTines,
}
