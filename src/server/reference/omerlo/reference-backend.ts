// The Omerlo reference backend as the server's registry sees it.
import { headerAuth } from '../../api/proxy'
import { startKeyedReference } from '../reference-start'
import type { BackendAction, ProxiedRequest, ReferenceBackend } from '../registry-types'
import { createOmerloReference } from './index'
import { provisionOmerloKey } from './provision'
import { ensureOmerloSeed } from './seed/seed'
import { omerloTestHookRoutes } from './test-hooks'

export const OMERLO_MOUNT = '/ref/omerlo'

/**
 * Entries, block fields and the blocks list are edits. A blocks PUT may add and remove blocks as
 * well as reorder them, and telling a pure reorder apart would need the stored order, so it is
 * an edit too.
 */
export const classifyOmerlo = (request: ProxiedRequest): BackendAction => {
  const method = request.method.toUpperCase()
  if (method === 'GET' || method === 'HEAD') return 'read'
  if (method === 'PUT' || method === 'PATCH') return 'edit'
  // Creating (POST) and removing (DELETE) whole profiles is not the editor's work.
  return method === 'DELETE' ? 'delete' : 'admin'
}

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
  proxyAuth: (secret) => headerAuth('x-api-key', secret),
  classify: classifyOmerlo,
}
