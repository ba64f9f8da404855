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
    // The reference site's languages, edited through Basker's `locale` query parameter. Basker
    // documents no list of a site's languages: a tenant with others lists them here.
    locales: ['en', 'fr'],
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
  omerlo: {
    // Blocks hold entries (contents, or profiles of one kind).
    nesting: true,
    // Omerlo writes straight to the profile: no draft, nothing to publish, no versions.
    drafts: false,
    publish: false,
    history: false,
    devices: [],
    // Block names are edited per locale as fields (name_en, name_fr), not as separate documents.
    locales: [],
    themeSettings: false,
    // No guard on the server: the adapter re-reads the arrays before it replaces them.
    concurrency: 'none',
  },
  drumee: {
    // A content tree: nodes hold `kids`.
    nesting: true,
    // Every save is a draft version; publishing points the variant's online file at one.
    drafts: true,
    publish: true,
    history: true,
    // One content tree per device and locale (the reference hub's locales).
    devices: ['desktop', 'mobile'],
    locales: ['en', 'fr'],
    themeSettings: false,
    // The adapter checks the current serial before it stores (no server lock is documented).
    concurrency: 'serial',
  },
  kragle: {
    // A stack's blocks are one flat ordered array.
    nesting: false,
    // A PUT changes the stack itself: no draft, nothing to publish, no versions.
    drafts: false,
    publish: false,
    history: false,
    devices: [],
    locales: [],
    themeSettings: false,
    // Kragle has no version token: the adapter re-reads the stack before each PUT.
    concurrency: 'none',
  },
} as const satisfies Record<string, Capabilities>

export type BackendWithCapabilities = keyof typeof BACKEND_CAPABILITIES

/** A fresh, mutable copy of one backend's capabilities. */
export function capabilitiesOf(backend: BackendWithCapabilities): Capabilities {
  const c: Capabilities = BACKEND_CAPABILITIES[backend]
  return { ...c, devices: [...c.devices], locales: [...c.locales] }
}
