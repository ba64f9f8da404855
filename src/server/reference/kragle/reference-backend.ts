// The Kragle reference backend as the server's registry sees it.
import { hash } from '@node-rs/argon2'
import type { ReferenceBackend } from '../registry-types'
import { classifyKragle } from './classify'
import { loadOrCreateNamedReferenceKey } from '../reference-keys'
import { testHookRoutes } from '../test-hooks-common'
import { createKragleReference } from './index'
import { kragleSessionAuth } from './proxy-session'
import { ensureKragleSeed, REFERENCE_USERNAME, resetKragleSeed } from './seed/seed'

export const KRAGLE_MOUNT = '/ref/kragle'

// Role classification lives in classify.ts (re-exported for existing imports).
export { classifyKragle }

export const proxyUsername = (env: Record<string, string | undefined>): string => {
  const external = (env.BACKEND_URL?.trim() ?? '') !== ''
  return (external ? env.KRAGLE_USERNAME?.trim() : '') || REFERENCE_USERNAME
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
  // proxyAuth is given only the secret and the target: the user name of a real Kragle
  // (BACKEND_URL set) comes from KRAGLE_USERNAME; the reference backend's user is always "editor".
  proxyAuth: (secret, target) => kragleSessionAuth(proxyUsername(process.env), secret, target),
  classify: classifyKragle,
}
