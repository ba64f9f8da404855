// The Omerlo reference backend as the server's registry sees it.
import { startKeyedReference } from '../reference-start'
import type { ReferenceBackend } from '../registry-types'
import { classifyOmerlo } from './classify'
import { createOmerloReference } from './index'
import { provisionOmerloKey } from './provision'
import { ensureOmerloSeed } from './seed/seed'
import { omerloTestHookRoutes } from './test-hooks'

export const OMERLO_MOUNT = '/ref/omerlo'

// Role classification lives in classify.ts (re-exported for existing imports).
export { classifyOmerlo }

export const omerloReference: ReferenceBackend = {
  name: 'omerlo',
  mount: OMERLO_MOUNT,
  start: startKeyedReference({
    mount: OMERLO_MOUNT,
    provisionKey: provisionOmerloKey,
    seed: ensureOmerloSeed,
    create: createOmerloReference,
    testHookRoutes: (omerlo, db, key) =>
      omerlo.log ? omerloTestHookRoutes(omerlo.log, db, key, omerlo) : null,
  }),
}
