// The Drumee reference backend as the server's registry sees it.
import { headerAuth } from '../../api/proxy'
import { startKeyedReference } from '../reference-start'
import type { BackendAction, ProxiedRequest, ReferenceBackend } from '../registry-types'
import { createDrumeeReference } from './index'
import { provisionDrumeeKeys } from './provision'
import { ensureDrumeeSeed } from './seed/seed'
import { drumeeTestHookRoutes } from './test-hooks'

export const DRUMEE_MOUNT = '/ref/drumee'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * What a call does, for role checks: storing a draft is an edit, storing with a publish status
 * and unpublishing are publishing, delete and purge are deletes, rename and copy are admin work
 * (Drumee requires its admin level for copy), everything else reads.
 */
export const classifyDrumee = (request: ProxiedRequest): BackendAction => {
  const service = /\/-\/svc\/block\.([a-z_]+)$/.exec(request.path.split('?')[0] ?? '')?.[1]
  switch (service) {
    case 'store': {
      const status = isObject(request.body) ? request.body.status : undefined
      return status === 'publish_with_history' || status === 'publish_without_history'
        ? 'publish'
        : 'edit'
    }
    case 'unpublish':
      return 'publish'
    case 'delete':
    case 'purge':
      return 'delete'
    case 'rename':
    case 'copy':
      return 'admin'
    default:
      return 'read'
  }
}

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
