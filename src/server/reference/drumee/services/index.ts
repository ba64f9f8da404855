// The sixteen services of the block module by name.
import type { ServiceName } from '../model'
import { assembly, content, exists, info } from './content'
import type { Service } from './context'
import { copy, purge, remove, rename, unpublish } from './lifecycle'
import { filter, history, list, listBy, log, search } from './lists'
import { store } from './store'

export const SERVICES: Record<ServiceName, Service> = {
  assembly,
  content,
  copy,
  delete: remove,
  exists,
  filter,
  history,
  info,
  list,
  list_by: listBy,
  log,
  purge,
  rename,
  search,
  store,
  unpublish,
}
