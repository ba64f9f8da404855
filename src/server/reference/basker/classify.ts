// What a request to a Basker backend does, for the role checks in front of the proxy. Paths are
// relative to /api/backend: /partners/<version>/<tenant>/<collection>/<id>/… .
import type { BackendAction, ProxiedRequest } from '../registry-types'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const hasReplaceAll = (body: unknown): boolean =>
  isObject(body) &&
  Array.isArray(body.operations) &&
  body.operations.some((op) => isObject(op) && op.op === 'replaceAll')

/** A write that would make something public: Basker publishes with draft: false or _status. */
const publishes = (body: unknown): boolean =>
  isObject(body) && (body.draft === false || body._status === 'published')

export const classifyBasker = ({ method, path, body }: ProxiedRequest): BackendAction => {
  const verb = method.toUpperCase()
  if (verb === 'GET' || verb === 'HEAD' || verb === 'OPTIONS') return 'read'
  const bare = path.split('?')[0]?.replace(/\/+$/, '') ?? ''
  if (verb === 'DELETE') return 'delete'
  if (publishes(body)) return 'publish'
  if (/\/theme\/settings$/.test(bare) || /\/theme-settings$/.test(bare)) return 'theme'
  if (/\/blocks$/.test(bare) && hasReplaceAll(body)) return 'reorder'
  return 'edit'
}
