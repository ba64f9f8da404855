// What the server needs from one built-in reference backend (where it is mounted, how to start it
// on the shared database) and from one kind of backend, real or reference (how the proxy
// authenticates to it, how its requests are classified for roles). The server's table of
// backends (src/server/backends.ts) holds one of each per backend.
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

export interface ProxyAuthContext {
  config: ServerConfig
  log: (line: string) => void
}

/**
 * Adds a backend credential to one proxied request. May log in first (Kragle's, Drumee's
 * session); throws a BackendLoginError (./backend-login-error.ts) when it cannot.
 */
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
}
