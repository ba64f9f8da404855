// Server configuration, read once from the environment. Every mistake is reported at start with
// the variable's name, so a misconfigured server never half-runs.
import { resolve } from 'node:path'
import { BACKEND_IDS, isBackendId, type BackendId } from '../core/backends'
import { readBackendSettings, type BackendSettings } from './backends'
import { ConfigError, integer, optional, text, type Env } from './env'

export { ConfigError }
export type { BaskerConfig } from './reference/basker/settings'
export type { KragleConfig } from './reference/kragle/settings'
export type { DrumeeConfig } from './reference/drumee/settings'

// The backends: src/core/backends.ts (ids), src/server/backends.ts (their server parts).
export type BackendName = BackendId

/** Every backend's own settings (config.basker, config.kragle, …): see src/server/backends.ts. */
export interface ServerConfig extends BackendSettings {
  port: number
  host: string
  dataDir: string
  /** PostgreSQL connection string; null → PGlite on disk in dataDir. */
  databaseUrl: string | null
  backend: BackendId
  /** Where /api/backend/* forwards to; null → the built-in reference backend of this server. */
  backendUrl: string | null
  /** Sent to the backend by the proxy; null → the reference key kept in dataDir. */
  backendApiKey: string | null
  /** The user the proxy logs in as, for backends that log in (Kragle, Drumee): BACKEND_USERNAME
   * (KRAGLE_USERNAME still works). Null → the reference backend's own user. */
  backendUsername: string | null
  /** That user's password: BACKEND_PASSWORD (BACKEND_API_KEY still works for Kragle). */
  backendPassword: string | null
  /**
   * The reference backends this server starts and mounts under /ref: the one in use when
   * BACKEND_URL is unset, none when it is set; REFERENCE_BACKENDS adds others (tests, chaos).
   */
  references: readonly BackendId[]
  bodyLimitBytes: number
  proxyTimeoutMs: number
  proxyResponseLimitBytes: number
  referenceTestHooks: boolean
  /** How long a login lasts (SESSION_TTL_HOURS); the session row expires then. */
  sessionTtlHours: number
  /** The built app (vite build output). */
  distDir: string
}

const backendName = (env: Env): BackendId => {
  const raw = text(env, 'BACKEND', 'basker').toLowerCase()
  if (isBackendId(raw)) return raw
  throw new ConfigError(`BACKEND="${raw}" is unknown; expected one of ${BACKEND_IDS.join(', ')}.`)
}

/**
 * REFERENCE_BACKENDS: a comma-separated list of backends, or `all`, whose reference backends
 * start besides the one in use (which starts whenever BACKEND_URL is unset).
 */
const referenceList = (env: Env, backend: BackendId, external: boolean): BackendId[] => {
  const raw = (optional(env, 'REFERENCE_BACKENDS') ?? '').toLowerCase()
  const named = raw === 'all' ? [...BACKEND_IDS] : raw.split(',').map((name) => name.trim())
  const listed = named.filter((name) => name !== '')
  for (const name of listed) {
    if (!isBackendId(name)) {
      throw new ConfigError(
        `REFERENCE_BACKENDS names "${name}"; expected all or some of ${BACKEND_IDS.join(', ')}.`,
      )
    }
  }
  const wanted = new Set<string>(external ? listed : [backend, ...listed])
  return BACKEND_IDS.filter((id) => wanted.has(id))
}

const backendUrl = (env: Env): string | null => {
  const raw = optional(env, 'BACKEND_URL')
  if (raw === null) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(`BACKEND_URL is not a URL: "${raw}".`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('BACKEND_URL must be an http:// or https:// URL.')
  }
  if (url.username !== '' || url.password !== '') {
    // Never echo the URL here: it holds a credential.
    throw new ConfigError(
      'BACKEND_URL must not contain credentials; put the key in BACKEND_API_KEY.',
    )
  }
  return raw.replace(/\/+$/, '')
}

export const loadConfig = (env: Env = process.env, cwd: string = process.cwd()): ServerConfig => {
  const backend = backendName(env)
  const url = backendUrl(env)
  return {
    port: integer(env, 'PORT', 5173, 0),
    host: text(env, 'HOST', '127.0.0.1'),
    dataDir: resolve(cwd, text(env, 'DATA_DIR', './data')),
    databaseUrl: optional(env, 'DATABASE_URL'),
    backend,
    backendUrl: url,
    backendApiKey: optional(env, 'BACKEND_API_KEY'),
    backendUsername: optional(env, 'BACKEND_USERNAME') ?? optional(env, 'KRAGLE_USERNAME'),
    backendPassword: optional(env, 'BACKEND_PASSWORD'),
    references: referenceList(env, backend, url !== null),
    ...readBackendSettings(env),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 2 * 1024 * 1024, 1),
    proxyTimeoutMs: integer(env, 'PROXY_TIMEOUT_MS', 15_000, 1),
    proxyResponseLimitBytes: integer(env, 'PROXY_RESPONSE_LIMIT_BYTES', 32 * 1024 * 1024, 1),
    referenceTestHooks: optional(env, 'REFERENCE_TEST_HOOKS') === '1',
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, 1),
    distDir: resolve(cwd, 'dist'),
  }
}
