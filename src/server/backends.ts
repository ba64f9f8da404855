// The table of backends, the server's part: per backend its settings (environment variables,
// ServerConfig[id]), how the proxy authenticates to it, how a proxied request is classified for
// role checks, and its built-in reference backend. Keyed by core's BACKEND_IDS
// (src/core/backends.ts): a backend without an entry here fails the typecheck.
import { BACKEND_IDS, type BackendId } from '../core/backends'
import { headerAuth } from './api/proxy'
import type { Env } from './env'
import { classifyBasker } from './reference/basker/classify'
import { baskerReference } from './reference/basker/reference-backend'
import { readBaskerSettings } from './reference/basker/settings'
import { classifyDrumee } from './reference/drumee/classify'
import { drumeeProxyAuth, drumeeReference } from './reference/drumee/reference-backend'
import { readDrumeeSettings } from './reference/drumee/settings'
import { classifyKragle } from './reference/kragle/classify'
import { kragleProxyAuth, kragleReference } from './reference/kragle/reference-backend'
import { readKragleSettings } from './reference/kragle/settings'
import { classifyOmerlo } from './reference/omerlo/classify'
import { omerloReference } from './reference/omerlo/reference-backend'
import type {
  BackendAction,
  ProxiedRequest,
  ProxyAuthContext,
  ProxyAuthorizer,
  ReferenceBackend,
} from './reference/registry-types'
import { classifyTines } from './reference/tines/classify'
import { tinesReference } from './reference/tines/reference-backend'

export interface ServerBackend<Settings> {
  /** Reads the backend's own environment variables into ServerConfig[id]. */
  settings(env: Env): Settings
  /**
   * How the proxy authenticates to a backend of this kind, given its secret (the reference key,
   * or BACKEND_API_KEY for an external backend), where that backend lives, and the server's
   * configuration and log (backends that log in read BACKEND_USERNAME / BACKEND_PASSWORD there).
   * Throws a BackendLoginError (./reference/backend-login-error.ts) when it cannot log in.
   */
  proxyAuth(secret: string, target: () => string, context: ProxyAuthContext): ProxyAuthorizer
  /**
   * Answer types besides JSON the proxy passes on with their type (e.g. `image/png` for a
   * backend's media); any other answer reaches the browser as an attachment.
   */
  mediaTypes?: readonly string[]
  /** Role policy: what a request to this kind of backend does (see BackendAction). */
  classify(request: ProxiedRequest): BackendAction
  /** The built-in reference backend, started only when it is in use (ServerConfig.references). */
  reference: ReferenceBackend
}

const noSettings = (): Record<string, never> => ({})

export const SERVER_BACKENDS = {
  basker: {
    settings: readBaskerSettings,
    proxyAuth: (secret) => headerAuth('Authorization', `users API-Key ${secret}`),
    classify: classifyBasker,
    reference: baskerReference,
  },
  tines: {
    settings: noSettings,
    proxyAuth: (secret) => headerAuth('Authorization', `Bearer ${secret}`),
    classify: classifyTines,
    reference: tinesReference,
  },
  omerlo: {
    settings: noSettings,
    proxyAuth: (secret) => headerAuth('x-api-key', secret),
    classify: classifyOmerlo,
    reference: omerloReference,
  },
  drumee: {
    settings: readDrumeeSettings,
    proxyAuth: drumeeProxyAuth,
    classify: classifyDrumee,
    reference: drumeeReference,
  },
  kragle: {
    settings: readKragleSettings,
    proxyAuth: kragleProxyAuth,
    classify: classifyKragle,
    reference: kragleReference,
  },
} satisfies { [Id in BackendId]: ServerBackend<unknown> }

/** Every backend's settings, keyed by id (ServerConfig holds them as config.basker, …). */
export type BackendSettings = {
  [Id in BackendId]: ReturnType<(typeof SERVER_BACKENDS)[Id]['settings']>
}

export const readBackendSettings = (env: Env): BackendSettings =>
  Object.fromEntries(
    BACKEND_IDS.map((id) => [id, serverBackendOf(id).settings(env)]),
  ) as BackendSettings

export const serverBackendOf = (id: BackendId): ServerBackend<unknown> => SERVER_BACKENDS[id]
