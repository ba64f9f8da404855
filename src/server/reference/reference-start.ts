// The start() most reference backends share: provision the API key the proxy will send, seed the
// demo content once, build the backend's app at its mount, and expose its test hooks when the
// server runs with REFERENCE_TEST_HOOKS=1. Backends with other needs (Basker's rate limits,
// Kragle's login) write their own start().
import type { Hono } from 'hono'
import type { Db } from '../storage/db'
import type { ReferenceStartContext, StartedReference } from './registry-types'

/** What every keyed reference factory takes. */
export interface KeyedReferenceOptions {
  db: Db
  bodyLimitBytes: number
  testHooks: boolean
  basePath: string
}

export interface KeyedReferenceParts<Reference> {
  mount: string
  /** Stores the reference key (creating it on first start) and returns it. */
  provisionKey(db: Db, dataDir: string): Promise<string>
  /** Seeds demo content if there is none yet. */
  seed(db: Db): Promise<unknown>
  create(options: KeyedReferenceOptions): Reference
  /** The /__test routes, or null when the reference was built without test hooks. */
  testHookRoutes(reference: Reference, db: Db, key: string): Hono | null
}

export const startKeyedReference =
  <Reference extends { app: Hono }>(parts: KeyedReferenceParts<Reference>) =>
  async ({ db, config }: ReferenceStartContext): Promise<StartedReference> => {
    const key = await parts.provisionKey(db, config.dataDir)
    await parts.seed(db)
    const reference = parts.create({
      db,
      bodyLimitBytes: config.bodyLimitBytes,
      testHooks: config.referenceTestHooks,
      basePath: parts.mount,
    })
    return {
      app: reference.app,
      testHooks: parts.testHookRoutes(reference, db, key),
      secret: key,
    }
  }
