// The Drumee reference backend as the server's registry sees it.
import { headerAuth } from '../../api/proxy'
import { startKeyedReference } from '../reference-start'
import type { ReferenceBackend } from '../registry-types'
import { classifyDrumee } from './classify'
import { createDrumeeReference } from './index'
import { provisionDrumeeKeys } from './provision'
import { ensureDrumeeSeed } from './seed/seed'
import { drumeeTestHookRoutes } from './test-hooks'

export const DRUMEE_MOUNT = '/ref/drumee'

// Role classification lives in classify.ts (re-exported for existing imports).
export { classifyDrumee }

export const drumeeReference: ReferenceBackend = {
  name: 'drumee',
  mount: DRUMEE_MOUNT,
  start: startKeyedReference({
    mount: DRUMEE_MOUNT,
    provisionKey: provisionDrumeeKeys,
    seed: ensureDrumeeSeed,
    create: createDrumeeReference,
    testHookRoutes: (drumee) =>
      drumee.hooks ? drumeeTestHookRoutes(drumee.hooks, drumee.reset) : null,
  }),
  proxyAuth: (secret) => headerAuth('Authorization', `Bearer ${secret}`),
  classify: classifyDrumee,
}
