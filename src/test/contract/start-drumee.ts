// The real server with BACKEND=drumee (the reference hub behind the proxy, which logs in to it as
// its admin and sends the session cookie), and a Drumee adapter talking to it over HTTP.
import { createDrumeeAdapter } from '../../adapters/drumee/drumee-adapter'
import type { FetchLike } from '../../adapters/http'
import { startProxiedBackend } from './start-server'
import type { ProxiedSetup } from './start-server'

export type DrumeeSetup = ProxiedSetup

/** `mode`: the reference hub's answers, as a hub answers (`hub`) or the other plausible shapes. */
export function startDrumee(fetch?: FetchLike, mode: 'hub' | 'alt' = 'hub'): Promise<DrumeeSetup> {
  const target = {
    // The home page on desktop in English: four top-level blocks, one section with two kids.
    record: { collection: 'pages', id: '1', device: 'desktop', locale: 'en' },
    listCollection: 'pages',
  }
  return startProxiedBackend('drumee', createDrumeeAdapter, target, fetch, {
    DRUMEE_REFERENCE_MODE: mode,
  })
}
