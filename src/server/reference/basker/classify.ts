// What a request to a Basker backend does, for the role checks in front of the proxy. Paths are
// relative to /api/backend: /partners/<version>/<tenant>/<collection>/<id>/… . Only GET and HEAD
// read; every other method writes, and a method Basker does not speak is left to admins.
import { isObject, queryOf, READ_METHODS, routeOf } from '../registry-classify'
import type { BackendAction, ProxiedRequest } from '../registry-types'

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH'])

const hasReplaceAll = (body: unknown): boolean =>
  isObject(body) &&
  Array.isArray(body.operations) &&
  body.operations.some((op) => isObject(op) && op.op === 'replaceAll')

/** A write that would make something public: draft: false or _status, in the body or the query. */
const publishes = (body: unknown, query: URLSearchParams): boolean =>
  (isObject(body) && (body.draft === false || body._status === 'published')) ||
  query.get('draft') === 'false' ||
  query.get('_status') === 'published'

export const classifyBasker = ({ method, path, body }: ProxiedRequest): BackendAction => {
  const verb = method.toUpperCase()
  if (READ_METHODS.has(verb)) return 'read'
  if (verb === 'DELETE') return 'delete'
  const route = routeOf(path)
  if (!WRITE_METHODS.has(verb) || route === null) return 'admin'
  if (publishes(body, queryOf(path))) return 'publish'
  if (/\/theme\/settings$/.test(route) || /\/theme-settings$/.test(route)) return 'theme'
  if (/\/blocks$/.test(route) && hasReplaceAll(body)) return 'reorder'
  return 'edit'
}
