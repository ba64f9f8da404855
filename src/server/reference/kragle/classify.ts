// What a request to a Kragle backend does, for the role checks in front of the proxy. Stacks are
// the documents editors change; block types are the library every stack draws on, so creating or
// changing one is `admin` work (like changing a schema). Validating stores nothing. Only GET and
// HEAD read; the login (POST /authenticate) is the server's business, never a browser's.
import { READ_METHODS, routeOf } from '../registry-classify'
import type { BackendAction, ProxiedRequest } from '../registry-types'

export const classifyKragle = ({ method, path }: ProxiedRequest): BackendAction => {
  const verb = method.toUpperCase()
  if (READ_METHODS.has(verb)) return 'read'
  const route = routeOf(path)?.replace(/^\/api\/v1/, '') ?? null
  if (route === null) return 'admin'
  if (verb === 'POST' && route === '/validate/blocktypes') return 'read'
  if (
    (verb === 'PUT' && /^\/blockstacks\/[^/]+$/.test(route)) ||
    (verb === 'POST' && route === '/blockstacks')
  ) {
    return 'edit'
  }
  return 'admin'
}
