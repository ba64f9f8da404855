// What a request to an Omerlo backend does, for the role checks in front of the proxy. Entries,
// block fields and the blocks list are edits. A blocks PUT may add and remove blocks as well as
// reorder them, and telling a pure reorder apart would need the stored order, so it is an edit
// too. Only GET and HEAD read.
import { READ_METHODS } from '../registry-classify'
import type { BackendAction, ProxiedRequest } from '../registry-types'

export const classifyOmerlo = (request: ProxiedRequest): BackendAction => {
  const method = request.method.toUpperCase()
  if (READ_METHODS.has(method)) return 'read'
  if (method === 'PUT' || method === 'PATCH') return 'edit'
  // Creating (POST) and removing (DELETE) whole profiles is not the editor's work; neither is
  // any method Omerlo does not speak.
  return method === 'DELETE' ? 'delete' : 'admin'
}
