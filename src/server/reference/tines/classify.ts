// What a request to a Tines backend does, for the role checks in front of the proxy. Paths are
// relative to /api/backend: /api/v2/cases/<id>/blocks/… . Only GET and HEAD read.
import { READ_METHODS, routeOf } from '../registry-classify'
import type { BackendAction, ProxiedRequest } from '../registry-types'

const CASE = /^\/api\/v2\/cases\/[^/]+$/
const IN_BLOCKS = /^\/api\/v2\/cases\/[^/]+\/blocks(\/|$)/
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export const classifyTines = ({ method, path }: ProxiedRequest): BackendAction => {
  const verb = method.toUpperCase()
  if (READ_METHODS.has(verb)) return 'read'
  const route = routeOf(path)
  if (route === null || !WRITE_METHODS.has(verb)) return 'admin'
  if (verb === 'DELETE' && CASE.test(route)) return 'delete'
  if (IN_BLOCKS.test(route)) return 'edit'
  // Anything else (creating or changing cases, other resources) is left to admins.
  return 'admin'
}
