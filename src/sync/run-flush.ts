// One flush of one record: send the minimal plan, and handle what the backend says. A 409 is
// answered here (reload, rebase, resend, a bounded number of times); timing is the scheduler's.
import { AdapterError } from '../adapters/types'
import type { SyncedSource } from './synced-source'
import type { EditorStoreApi } from '../store'
import { describeFailure, failureAction } from './flush-policy'
import { hasUnconfirmedWrite, settleUnconfirmed } from './retry/settle-unconfirmed'
import { isAmbiguousWriteFailure } from './retry/unconfirmed-write'

export type FlushResult =
  | { kind: 'idle' }
  | { kind: 'saved' }
  /** pinned: the backend named the failing operation, so only that one was dropped. */
  | { kind: 'rejected'; pinned: boolean }
  | { kind: 'retry'; error: unknown; retryAfterMs?: number }
  | { kind: 'stopped'; error: unknown }

export interface RunFlushOptions {
  signal?: AbortSignal
  /** How many times a 409 is answered by reload + rebase + resend within one flush. */
  maxConflictRetries?: number
}

export const MAX_CONFLICT_RETRIES = 3

export async function runFlush(
  adapter: SyncedSource,
  store: EditorStoreApi,
  options: RunFlushOptions = {},
): Promise<FlushResult> {
  const maxConflicts = options.maxConflictRetries ?? MAX_CONFLICT_RETRIES
  const ctx = options.signal ? { signal: options.signal } : {}
  const state = () => store.getState()
  const ref = state().ref
  let conflicts = 0
  let stale = false
  let landed = false
  for (;;) {
    // Only a failure of the write itself says anything about the operations in flight.
    let writing = false
    try {
      // The last write's answer was lost: find out whether it landed before sending anything.
      if (hasUnconfirmedWrite(store)) {
        landed = (await settleUnconfirmed(adapter, store, ctx)).kind === 'landed'
      }
      // After a 409, or a write that returned no version, read the record before writing again.
      if (stale || (state().needsReload && state().pending.length > 0)) {
        stale = false
        state().rebaseOnto(await adapter.loadRecord(ref, { ...ctx, fresh: true }))
      }
      const plan = state().takeFlush()
      if (!plan) return landed ? { kind: 'saved' } : { kind: 'idle' }
      writing = true
      const outcome = await adapter.applyOperations(ref, plan.ops, {
        ...ctx,
        version: plan.version,
        base: plan.base,
      })
      state().flushSucceeded(outcome)
      return { kind: 'saved' }
    } catch (error) {
      const action = failureAction(error)
      if (writing && action === 'reject' && state().inFlight.length > 0) {
        const details = error instanceof AdapterError ? error.details : {}
        state().flushRejected(details.operationIndex, (error as Error).message)
        return { kind: 'rejected', pinned: details.operationIndex !== undefined }
      }
      const applied = error instanceof AdapterError ? (error.details.appliedCount ?? 0) : 0
      // A write that may have landed stays in flight, unconfirmed, until a re-read settles it;
      // so does one whose re-read failed.
      if (writing && state().inFlight.length > 0 && !isAmbiguousWriteFailure(error)) {
        if (applied > 0) state().flushPartlyApplied(applied)
        else state().flushFailed()
      }
      if (options.signal?.aborted) return { kind: 'stopped', error }
      if (action === 'rebase' && conflicts < maxConflicts) {
        conflicts += 1
        stale = true
        continue
      }
      if (action === 'retry' || action === 'rebase') {
        state().setSyncIssue({ kind: 'offline', message: describeFailure(error) })
        const retryAfterMs = error instanceof AdapterError ? error.details.retryAfterMs : undefined
        return retryAfterMs === undefined
          ? { kind: 'retry', error }
          : { kind: 'retry', error, retryAfterMs }
      }
      state().setSyncIssue({ kind: 'error', message: describeFailure(error) })
      // An unreadable answer to a write: it probably landed, and the re-read before the next
      // attempt will tell, so try again rather than wait for the next edit.
      if (writing && isAmbiguousWriteFailure(error)) return { kind: 'retry', error }
      return { kind: 'stopped', error }
    }
  }
}
