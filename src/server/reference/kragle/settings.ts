// Kragle's settings (ServerConfig.kragle): the proxy's login on a real Kragle, remote block
// definitions, and the reference's session and shapes.
import { integer, optional, text, type Env } from '../../env'

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

export const readKragleSettings = (env: Env): KragleConfig => ({
  username: text(env, 'KRAGLE_USERNAME', 'editor'),
  remoteAllow: (optional(env, 'KRAGLE_REMOTE_ALLOW') ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host !== ''),
  remoteTimeoutMs: integer(env, 'KRAGLE_REMOTE_TIMEOUT_MS', 5000, 1),
  sessionTtlSeconds: integer(env, 'KRAGLE_SESSION_TTL_SECONDS', 3600, 10),
  referenceVariant: optional(env, 'KRAGLE_REFERENCE_VARIANT') === '1',
})
