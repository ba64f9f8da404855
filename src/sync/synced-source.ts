// What the synced-document engine needs from a backend: read the document, write operations to
// it. A record's adapter is one; theme settings are wrapped into one (theme/theme-source.ts), so
// blocks and theme settings share one engine (base, pending, in flight, plan, rebase, retry with
// backoff, outbox, status).
import type { BackendAdapter } from '../adapters/types'

export type SyncedSource = Pick<BackendAdapter, 'loadRecord' | 'applyOperations'>
