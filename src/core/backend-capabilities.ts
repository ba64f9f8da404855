// What each backend can do, as plain data: the browser's adapters declare it and the server's
// /api/config reports it, so both read the same table.

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

export const BACKEND_CAPABILITIES = {
  basker: {
    nesting: false,
    drafts: true,
    // Publishing happens in Basker's own admin; the API has no endpoint for it.
    publish: false,
    history: false,
    devices: [],
    locales: [],
    themeSettings: true,
    concurrency: 'ifUpdatedAt',
  },
  tines: {
    // Block groups hold blocks.
    nesting: true,
    // Tines writes straight to the case: there is no draft and nothing to publish.
    drafts: false,
    publish: false,
    history: false,
    devices: [],
    locales: [],
    themeSettings: false,
    concurrency: 'none',
  },
} as const satisfies Record<string, Capabilities>

export type BackendWithCapabilities = keyof typeof BACKEND_CAPABILITIES

/** A fresh, mutable copy of one backend's capabilities. */
export function capabilitiesOf(backend: BackendWithCapabilities): Capabilities {
  const c: Capabilities = BACKEND_CAPABILITIES[backend]
  return { ...c, devices: [...c.devices], locales: [...c.locales] }
}
