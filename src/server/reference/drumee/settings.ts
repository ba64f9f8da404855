// Drumee's settings (ServerConfig.drumee): how the reference hub answers.
import { ConfigError, text, type Env } from '../../env'

export interface DrumeeConfig {
  /**
   * DRUMEE_REFERENCE_MODE: how the reference hub answers where a real hub's behaviour is not
   * settled: `hub` (default, as vendor-facts.md says) or `alt` (the other plausible shapes).
   */
  referenceMode: 'hub' | 'alt'
}

export const readDrumeeSettings = (env: Env): DrumeeConfig => {
  const raw = text(env, 'DRUMEE_REFERENCE_MODE', 'hub').toLowerCase()
  if (raw === 'hub' || raw === 'alt') return { referenceMode: raw }
  throw new ConfigError(`DRUMEE_REFERENCE_MODE must be hub or alt; got "${raw}".`)
}
