// The Tines reference backend as the server's registry sees it.
import { startKeyedReference } from '../reference-start'
import type { ReferenceBackend } from '../registry-types'
import { createTinesReference } from './index'
import { provisionTinesKey } from './provision'
import { ensureTinesSeed } from './seed/seed'
import { tinesTestHookRoutes } from './test-hooks'

export const TINES_MOUNT = '/ref/tines'

export const tinesReference: ReferenceBackend = {
  name: 'tines',
  mount: TINES_MOUNT,
  start: startKeyedReference({
    mount: TINES_MOUNT,
    provisionKey: provisionTinesKey,
    seed: ensureTinesSeed,
    create: createTinesReference,
    testHookRoutes: (tines) => (tines.hooks ? tinesTestHookRoutes(tines.hooks, tines.reset) : null),
  }),
}
