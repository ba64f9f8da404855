// What a call to a Drumee hub does, for role checks. Drumee names the service in the path
// (/-/svc/block.<service>) and takes its parameters from the body or, on a GET, the query, so the
// service decides, never the method: a GET block.store is a write like its POST. Storing a draft
// is an edit, storing with a publish status and unpublishing are publishing, delete and purge are
// deletes; anything not known to read (rename, copy, unknown services and paths) is admin work.
import { isObject, queryOf, routeOf } from '../registry-classify'
import type { BackendAction, ProxiedRequest } from '../registry-types'

const READ_SERVICES: ReadonlySet<string> = new Set([
  'assembly',
  'content',
  'exists',
  'filter',
  'history',
  'info',
  'list',
  'list_by',
  'log',
  'search',
])

const PUBLISH_STATUSES: ReadonlySet<unknown> = new Set([
  'publish_with_history',
  'publish_without_history',
])

const statusesOf = (request: ProxiedRequest): unknown[] => [
  isObject(request.body) ? request.body.status : undefined,
  ...queryOf(request.path).getAll('status'),
]

export const classifyDrumee = (request: ProxiedRequest): BackendAction => {
  const route = routeOf(request.path)
  const service = route === null ? undefined : /^\/-\/svc\/block\.([^/]+)$/.exec(route)?.[1]
  if (service === undefined) return 'admin'
  if (READ_SERVICES.has(service)) return 'read'
  switch (service) {
    case 'store':
      return statusesOf(request).some((status) => PUBLISH_STATUSES.has(status)) ? 'publish' : 'edit'
    case 'unpublish':
      return 'publish'
    case 'delete':
    case 'purge':
      return 'delete'
    default:
      return 'admin'
  }
}
