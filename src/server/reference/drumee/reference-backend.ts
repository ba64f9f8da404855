// The Drumee reference backend as the server's registry sees it.
import type { ServerConfig } from '../../config'
import type { ProxyAuthContext, ProxyAuthorizer, ReferenceBackend } from '../registry-types'
import { startKeyedReference } from '../reference-start'
import { classifyDrumee } from './classify'
import { createDrumeeReference } from './index'
import { provisionDrumeeKeys, REFERENCE_IDENT } from './provision'
import { drumeeSessionAuth } from './proxy-session'
import type { DrumeeCredentials } from './proxy-session'
import { ensureDrumeeSeed } from './seed/seed'
import { drumeeTestHookRoutes } from './test-hooks'

export const DRUMEE_MOUNT = '/ref/drumee'

// Role classification lives in classify.ts (re-exported for existing imports).
export { classifyDrumee }

/**
 * Who the proxy logs in as: BACKEND_USERNAME / BACKEND_PASSWORD; on the built-in hub (no
 * BACKEND_URL) they default to its admin user and the password in DATA_DIR/reference-keys.json.
 */
export const drumeeCredentials = (
  config: ServerConfig,
  secret: string,
): DrumeeCredentials | null => {
  const external = config.backendUrl !== null
  const ident = config.backendUsername ?? (external ? null : REFERENCE_IDENT)
  const password = config.backendPassword ?? (external ? null : secret)
  return ident === null || password === null || password === '' ? null : { ident, password }
}

const MISSING =
  'The server has no Drumee login: set BACKEND_USERNAME and BACKEND_PASSWORD (a hub user who ' +
  'may edit its pages).'

export const drumeeProxyAuth = (
  secret: string,
  target: () => string,
  { config, log }: ProxyAuthContext,
): ProxyAuthorizer => {
  const auth = drumeeSessionAuth(drumeeCredentials(config, secret), MISSING, target)
  // A real hub is reachable now: log in at once so a wrong login is in the log at start. The
  // built-in one listens only once the server does; its first call logs in.
  if (config.backendUrl !== null) {
    auth.login().then(
      () => log('Logged in to the Drumee hub.'),
      (error: unknown) => log(`Drumee login failed: ${(error as Error).message}`),
    )
  }
  return auth.authorize
}

export const drumeeReference: ReferenceBackend = {
  name: 'drumee',
  mount: DRUMEE_MOUNT,
  start: async (ctx) => {
    const started = await startKeyedReference({
      mount: DRUMEE_MOUNT,
      provisionKey: provisionDrumeeKeys,
      seed: ensureDrumeeSeed,
      create: (options) =>
        createDrumeeReference({ ...options, mode: ctx.config.drumee.referenceMode }),
      testHookRoutes: (drumee) =>
        drumee.hooks
          ? drumeeTestHookRoutes(drumee.hooks, drumee.reset, () => drumee.sessions.clear())
          : null,
    })(ctx)
    return started
  },
}
