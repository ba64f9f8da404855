// How the flush reacts to each kind of failure, and how long it waits before trying again.
// Pure, so the policy is tested without timers or a backend.
import { AdapterError } from '../adapters/types'
import { backoffDelay } from './retry/backoff'

export type FailureAction =
  /** Someone else wrote first: reload, rebase, resend. */
  | 'rebase'
  /** The backend refused one operation: drop it, keep the rest. */
  | 'reject'
  /** Transient: keep everything and try again later. */
  | 'retry'
  /** Retrying cannot help (auth, missing record, bad response): stop and tell the user. */
  | 'stop'

export function failureAction(error: unknown): FailureAction {
  if (!(error instanceof AdapterError)) return 'stop'
  switch (error.kind) {
    case 'conflict':
      return 'rebase'
    case 'validation':
      return 'reject'
    case 'network':
    case 'timeout':
    case 'server':
    case 'rate-limited':
      return 'retry'
    default:
      return 'stop'
  }
}

export { RETRY_BASE_MS, RETRY_MAX_MS } from './retry/backoff'

/** The wait before retry number `attempt` (0-based): see retry/backoff.ts. */
export function retryDelay(attempt: number, retryAfterMs?: number, random = Math.random): number {
  return backoffDelay({ attempt, retryAfterMs, random })
}

export function describeFailure(error: unknown): string {
  if (!(error instanceof AdapterError)) {
    return error instanceof Error ? error.message : 'Saving failed'
  }
  switch (error.kind) {
    case 'network':
      return 'Offline: changes are kept and will be saved when the connection returns'
    case 'timeout':
      return 'The server is not answering: retrying'
    case 'server':
      return `The server failed (${error.message}): retrying`
    case 'rate-limited':
      return 'Too many saves in a short time: waiting before retrying'
    case 'auth':
      return `Not signed in to the backend: ${error.message}`
    case 'forbidden':
      return `Not allowed to edit this record: ${error.message}`
    case 'not-found':
      return `This record no longer exists: ${error.message}`
    default:
      return `Saving failed: ${error.message}`
  }
}
