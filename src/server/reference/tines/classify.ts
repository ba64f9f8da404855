// What a request to a Tines backend does, for the role checks in front of the proxy. Paths are
// relative to /api/backend: /api/v2/cases/<id>/blocks/… .
import type { BackendAction, ProxiedRequest } from '../registry-types'

const CASE = /^\/api\/v2\/cases\/[^/]+$/
const IN_BLOCKS = /^\/api\/v2\/cases\/[^/]+\/blocks(\/|$)/

export const classifyTines = ({ method, path }: ProxiedRequest): BackendAction => {
  const verb = method.toUpperCase()
  if (verb === 'GET' || verb === 'HEAD' || verb === 'OPTIONS') return 'read'
  const bare = path.split('?')[0]?.replace(/\/+$/, '') ?? ''
  if (verb === 'DELETE' && CASE.test(bare)) return 'delete'
  if (IN_BLOCKS.test(bare)) return 'edit'
  // Anything else (creating or changing cases, other resources) is left to admins.
  return 'admin'
}
