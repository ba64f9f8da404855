// What the server needs from one built-in reference backend: where it is mounted, how to start it
// on the shared database, and how the proxy authenticates to that kind of backend. app.ts mounts
// every entry of REFERENCE_BACKENDS; adding a backend is one module plus one line in registry.ts.
import type { Hono } from 'hono'
import type { BackendName, ServerConfig } from '../config'
import type { Db } from '../storage/db'

export interface ReferenceStartContext {
  db: Db
  config: ServerConfig
  log: (line: string) => void
}

export interface StartedReference {
  /** Mounted at the backend's `mount`. */
  app: Hono
  /** Mounted at /__test/<name> when REFERENCE_TEST_HOOKS=1; null otherwise. */
  testHooks: Hono | null
  /** The credential the proxy uses for this reference backend (server-side only). */
  secret: string
}

/** Adds a backend credential to one proxied request. May log in first (Kragle's session). */
export type ProxyAuthorizer = (headers: Headers) => void | Promise<void>

/**
 * What one proxied request does, so the server can check the user's role before forwarding it:
 * editors may `read` and `edit` drafts; designers also `reorder` whole pages and change `theme`
 * settings; admins also `publish` (and unpublish), `delete` records and do `admin` work.
 */
export type BackendAction = 'read' | 'edit' | 'reorder' | 'theme' | 'publish' | 'delete' | 'admin'

export interface ProxiedRequest {
  method: string
  /** The backend path after /api/backend, e.g. /api/v2/cases/1/blocks/3. */
  path: string
  /** The parsed JSON body, or null when there is none or it is not JSON. */
  body: unknown
}

export interface ReferenceBackend {
  name: BackendName
  /** Where the reference backend lives in this server, e.g. /ref/tines. */
  mount: string
  /** Seeds demo content once, provisions keys, mounts routes. */
  start(ctx: ReferenceStartContext): Promise<StartedReference>
  /**
   * How the proxy authenticates to a backend of this kind, given its secret (the reference key,
   * or BACKEND_API_KEY for an external backend), where that backend lives, and the server's
   * configuration (for backends that log in with BACKEND_USERNAME / BACKEND_PASSWORD).
   */
  proxyAuth(secret: string, target: () => string, config: ServerConfig): ProxyAuthorizer
  /** Classifies a request to this kind of backend for role checks (see BackendAction). */
  classify?(request: ProxiedRequest): BackendAction
}
