// Server configuration, read once from the environment. Every mistake is reported at start with
// the variable's name, so a misconfigured server never half-runs.
import { resolve } from 'node:path'

export const BACKEND_NAMES = ['basker', 'omerlo', 'drumee', 'tines', 'kragle'] as const
export type BackendName = (typeof BACKEND_NAMES)[number]
// A backend is implemented when it has an adapter, a reference backend in
// src/server/reference/registry.ts and an entry in core/backend-capabilities.ts.
export const IMPLEMENTED_BACKENDS = [
  'basker',
  'tines',
  'kragle',
  'omerlo',
  'drumee',
] as const satisfies readonly BackendName[]
export type ImplementedBackend = (typeof IMPLEMENTED_BACKENDS)[number]

export interface BaskerConfig {
  tenant: string
  apiVersion: string
  /** Reads and writes allowed per API key per rolling minute by the reference backend. */
  rateReads: number
  rateWrites: number
}

export interface KragleConfig {
  /** The user the proxy logs in as on a real Kragle (BACKEND_URL; its password: BACKEND_API_KEY). */
  username: string
  /** Hosts (`host` or `host:port`) remote block definitions may be fetched from; empty: none. */
  remoteAllow: string[]
  remoteTimeoutMs: number
  /** How long a reference session cookie lives. */
  sessionTtlSeconds: number
  /** KRAGLE_REFERENCE_VARIANT=1: the reference answers Kragle's other plausible shapes (tests). */
  referenceVariant: boolean
}

export interface DrumeeConfig {
  /**
   * DRUMEE_REFERENCE_MODE: how the reference hub answers where a real hub's behaviour is not
   * settled: `hub` (default, as vendor-facts.md says) or `alt` (the other plausible shapes).
   */
  referenceMode: 'hub' | 'alt'
}

export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  /** PostgreSQL connection string; null → PGlite on disk in dataDir. */
  databaseUrl: string | null
  backend: ImplementedBackend
  /** Where /api/backend/* forwards to; null → the built-in reference backend of this server. */
  backendUrl: string | null
  /** Sent to the backend by the proxy; null → the reference key kept in dataDir. */
  backendApiKey: string | null
  /** The user the proxy logs in as, for backends that log in (Kragle, Drumee): BACKEND_USERNAME
   * (KRAGLE_USERNAME still works). Null → the reference backend's own user. */
  backendUsername: string | null
  /** That user's password: BACKEND_PASSWORD (BACKEND_API_KEY still works for Kragle). */
  backendPassword: string | null
  basker: BaskerConfig
  kragle: KragleConfig
  drumee: DrumeeConfig
  bodyLimitBytes: number
  proxyTimeoutMs: number
  proxyResponseLimitBytes: number
  referenceTestHooks: boolean
  /** How long a login lasts (SESSION_TTL_HOURS); the session row expires then. */
  sessionTtlHours: number
  /** The built app (vite build output). */
  distDir: string
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

type Env = Record<string, string | undefined>

const integer = (env: Env, name: string, fallback: number, min: number): number => {
  const raw = env[name]?.trim()
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be an integer ≥ ${min}; got "${raw}".`)
  }
  return value
}

const text = (env: Env, name: string, fallback: string): string => {
  const raw = env[name]?.trim()
  return raw === undefined || raw === '' ? fallback : raw
}

const optional = (env: Env, name: string): string | null => {
  const raw = env[name]?.trim()
  return raw === undefined || raw === '' ? null : raw
}

const backendName = (env: Env): ImplementedBackend => {
  const raw = text(env, 'BACKEND', 'basker').toLowerCase()
  const implemented: readonly string[] = IMPLEMENTED_BACKENDS
  if (implemented.includes(raw)) return raw as ImplementedBackend
  if ((BACKEND_NAMES as readonly string[]).includes(raw)) {
    throw new ConfigError(
      `BACKEND=${raw} is a known backend but is not implemented yet: its adapter ` +
        `(src/adapters/${raw}) and its reference backend (src/server/reference/${raw}) are ` +
        `missing. Implemented: ${IMPLEMENTED_BACKENDS.join(', ')}.`,
    )
  }
  throw new ConfigError(`BACKEND="${raw}" is unknown; expected one of ${BACKEND_NAMES.join(', ')}.`)
}

const drumeeMode = (env: Env): 'hub' | 'alt' => {
  const raw = text(env, 'DRUMEE_REFERENCE_MODE', 'hub').toLowerCase()
  if (raw === 'hub' || raw === 'alt') return raw
  throw new ConfigError(`DRUMEE_REFERENCE_MODE must be hub or alt; got "${raw}".`)
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

export const loadConfig = (env: Env = process.env, cwd: string = process.cwd()): ServerConfig => ({
  port: integer(env, 'PORT', 5173, 0),
  host: text(env, 'HOST', '127.0.0.1'),
  dataDir: resolve(cwd, text(env, 'DATA_DIR', './data')),
  databaseUrl: optional(env, 'DATABASE_URL'),
  backend: backendName(env),
  backendUrl: backendUrl(env),
  backendApiKey: optional(env, 'BACKEND_API_KEY'),
  backendUsername: optional(env, 'BACKEND_USERNAME') ?? optional(env, 'KRAGLE_USERNAME'),
  backendPassword: optional(env, 'BACKEND_PASSWORD'),
  basker: {
    tenant: text(env, 'BASKER_TENANT', 'demo'),
    apiVersion: text(env, 'BASKER_API_VERSION', '2026-02'),
    // Basker's real limits: 100 reads and 20 writes per key per rolling minute. The reference
    // enforces them by default so the editor is always tried at the limit a tenant has.
    rateReads: integer(env, 'BASKER_RATE_READS', 100, 1),
    rateWrites: integer(env, 'BASKER_RATE_WRITES', 20, 1),
  },
  kragle: {
    username: text(env, 'KRAGLE_USERNAME', 'editor'),
    remoteAllow: (optional(env, 'KRAGLE_REMOTE_ALLOW') ?? '')
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter((host) => host !== ''),
    remoteTimeoutMs: integer(env, 'KRAGLE_REMOTE_TIMEOUT_MS', 5000, 1),
    sessionTtlSeconds: integer(env, 'KRAGLE_SESSION_TTL_SECONDS', 3600, 10),
    referenceVariant: optional(env, 'KRAGLE_REFERENCE_VARIANT') === '1',
  },
  drumee: { referenceMode: drumeeMode(env) },
  bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 2 * 1024 * 1024, 1),
  proxyTimeoutMs: integer(env, 'PROXY_TIMEOUT_MS', 15_000, 1),
  proxyResponseLimitBytes: integer(env, 'PROXY_RESPONSE_LIMIT_BYTES', 32 * 1024 * 1024, 1),
  referenceTestHooks: optional(env, 'REFERENCE_TEST_HOOKS') === '1',
  sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, 1),
  distDir: resolve(cwd, 'dist'),
})
