// What each backend can do, as plain data: the browser's adapters declare it and the server's
// /api/config reports it, so both read the same table (the backends' table, ./backends.ts).
import { BACKENDS, type BackendId } from './backends'

export interface Capabilities {
  /** Blocks may hold nested blocks (append/prepend with parentId, moves across containers). */
  nesting: boolean
  /** Edits go to a draft that is distinct from what is published. */
  drafts: boolean
  publish: boolean
  history: boolean
  devices: string[]
  locales: string[]
  themeSettings: boolean
  concurrency: 'ifUpdatedAt' | 'serial' | 'none'
}

export type BackendWithCapabilities = BackendId

/** A fresh, mutable copy of one backend's capabilities. */
export function capabilitiesOf(backend: BackendId): Capabilities {
  const c: Capabilities = BACKENDS[backend].capabilities
  return { ...c, devices: [...c.devices], locales: [...c.locales] }
}
