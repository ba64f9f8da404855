// The table of backends, core's part: every backend's id, name, capabilities and the few facts
// about it that words and checks above depend on. The adapters' table (src/adapters/backends.ts)
// and the server's (src/server/backends.ts) are keyed by BACKEND_IDS, so a backend missing from
// one of them fails the typecheck. Adding a backend: its id here, an entry in each table, and its
// own folders (src/adapters/<id>, src/server/reference/<id>).
import type { Capabilities } from './backend-capabilities'

export const BACKEND_IDS = ['basker', 'omerlo', 'drumee', 'tines', 'kragle'] as const
export type BackendId = (typeof BACKEND_IDS)[number]

export interface BackendDescriptor {
  id: BackendId
  /** Its name as users read it. */
  label: string
  capabilities: Capabilities
  /**
   * Where its drafts are published when the editor has no Publish for it (the review says so);
   * undefined: "where <label> lets you".
   */
  publishedElsewhere?: string
  /**
   * Rewriting a block with no changed field leaves nothing behind, so the doctor may try it.
   * Drumee stores every write as a new version of the page.
   */
  harmlessRewrite: boolean
  /** Writes the vendor allows per API key per window; the editor paces its saves below it. */
  writeLimit?: { writes: number; windowMs: number }
}

export const BACKENDS = {
  basker: {
    id: 'basker',
    label: 'Basker',
    capabilities: {
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
    publishedElsewhere:
      'Basker publishes in its own admin: this editor saves the draft, and you publish it there.',
    harmlessRewrite: true,
    // vendor-facts / Basker: 100 reads and 20 writes per API key per rolling minute.
    writeLimit: { writes: 20, windowMs: 60_000 },
  },
  tines: {
    id: 'tines',
    label: 'Tines',
    capabilities: {
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
    harmlessRewrite: true,
  },
  omerlo: {
    id: 'omerlo',
    label: 'Omerlo',
    capabilities: {
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
    harmlessRewrite: true,
  },
  drumee: {
    id: 'drumee',
    label: 'Drumee',
    capabilities: {
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
      // No server lock is documented: the adapter re-reads the draft and rebases before it stores.
      concurrency: 'serial',
    },
    harmlessRewrite: false,
  },
  kragle: {
    id: 'kragle',
    label: 'Kragle',
    capabilities: {
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
    harmlessRewrite: true,
  },
} as const satisfies { [Id in BackendId]: BackendDescriptor & { id: Id } }

export const isBackendId = (value: string): value is BackendId =>
  (BACKEND_IDS as readonly string[]).includes(value)

/** The descriptor of one backend. */
export const backendOf = (id: BackendId): BackendDescriptor => BACKENDS[id]
