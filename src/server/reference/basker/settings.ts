// Basker's settings (ServerConfig.basker): the tenant and API version the proxy and the browser
// use, and the rate limits the reference backend enforces.
import { integer, text, type Env } from '../../env'

export interface BaskerConfig {
  tenant: string
  apiVersion: string
  /** Reads and writes allowed per API key per rolling minute by the reference backend. */
  rateReads: number
  rateWrites: number
}

export const readBaskerSettings = (env: Env): BaskerConfig => ({
  tenant: text(env, 'BASKER_TENANT', 'demo'),
  apiVersion: text(env, 'BASKER_API_VERSION', '2026-02'),
  // Basker's real limits: 100 reads and 20 writes per key per rolling minute. The reference
  // enforces them by default so the editor is always tried at the limit a tenant has.
  rateReads: integer(env, 'BASKER_RATE_READS', 100, 1),
  rateWrites: integer(env, 'BASKER_RATE_WRITES', 20, 1),
})
