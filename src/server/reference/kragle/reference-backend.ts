// The Kragle reference backend as the server's registry sees it.
import { hash } from '@node-rs/argon2'
import type { ServerConfig } from '../../config'
import type { ProxyAuthContext, ProxyAuthorizer, ReferenceBackend } from '../registry-types'
import { classifyKragle } from './classify'
import { loadOrCreateNamedReferenceKey } from '../reference-keys'
import { testHookRoutes } from '../test-hooks-common'
import { createKragleReference } from './index'
import { kragleSessionAuth } from './proxy-session'
import type { KragleLogin } from './proxy-session'
import { ensureKragleSeed, REFERENCE_USERNAME, resetKragleSeed } from './seed/seed'

export const KRAGLE_MOUNT = '/ref/kragle'

// Role classification lives in classify.ts (re-exported for existing imports).
export { classifyKragle }

/**
 * Who the proxy logs in as. The built-in reference: its own user and generated password (the
 * `secret`). A real Kragle (BACKEND_URL): BACKEND_USERNAME (or KRAGLE_USERNAME, default
 * "editor") and BACKEND_PASSWORD, with BACKEND_API_KEY still accepted as the password.
 */
export const kragleLogin = (config: ServerConfig, secret: string): KragleLogin =>
  config.backendUrl === null
    ? { username: REFERENCE_USERNAME, password: secret }
    : {
        username: config.backendUsername ?? config.kragle.username,
        password: config.backendPassword ?? config.backendApiKey,
      }

export const kragleReference: ReferenceBackend = {
  name: 'kragle',
  mount: KRAGLE_MOUNT,
  async start({ db, config }) {
    const password = await loadOrCreateNamedReferenceKey(config.dataDir, 'kragle')
    const cookieSecret = await loadOrCreateNamedReferenceKey(config.dataDir, 'kragle-cookie')
    const passwordHash = await hash(password)
    await ensureKragleSeed(db, passwordHash)
    const kragle = createKragleReference({
      db,
      bodyLimitBytes: config.bodyLimitBytes,
      cookieSecret,
      sessionTtlSeconds: config.kragle.sessionTtlSeconds,
      variant: config.kragle.referenceVariant,
      remote: { allow: config.kragle.remoteAllow, timeoutMs: config.kragle.remoteTimeoutMs },
      testHooks: config.referenceTestHooks,
      basePath: KRAGLE_MOUNT,
    })
    return {
      app: kragle.app,
      testHooks: kragle.log
        ? testHookRoutes(kragle.log, () => resetKragleSeed(db, passwordHash))
        : null,
      secret: password,
    }
  },
}

/** The proxy logs in to Kragle (see kragleLogin) and sends the session cookie. */
export const kragleProxyAuth = (
  secret: string,
  target: () => string,
  { config }: ProxyAuthContext,
): ProxyAuthorizer => {
  const login = kragleLogin(config, secret)
  return kragleSessionAuth(() => login, target)
}
