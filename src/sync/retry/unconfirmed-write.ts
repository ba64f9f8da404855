// A write whose answer never came back (timeout, dropped connection, a 502/504 from the proxy, an
// unreadable 2xx) may or may not have been applied. Resending it blindly could apply it twice;
// dropping it could lose it. So the record is read again and compared with what the write would
// have produced: the verdict says what became of it. Pure, so every case is unit-tested.
import { AdapterError } from '../../adapters/types'
import { applyOperations, deepEqual } from '../../core'
import type { Block, Operation } from '../../core'

/** What became of a write whose answer was lost. */
export type WriteVerdict =
  /** The record is exactly base + the whole plan: it landed, treat as saved. */
  | { kind: 'landed' }
  /** The record is still the base: nothing was written, send it again. */
  | { kind: 'not-landed' }
  /** The record is base + the plan's first appliedCount operations (multi-request backends). */
  | { kind: 'partly'; appliedCount: number }
  /** Someone else wrote meanwhile: the record matches none of the above; rebase onto it. */
  | { kind: 'changed-elsewhere' }

export interface SentWrite {
  base: readonly Block[]
  plan: readonly Operation[]
}

export function judgeUnconfirmedWrite(sent: SentWrite, reread: readonly Block[]): WriteVerdict {
  // Every prefix of the plan, applied one operation at a time: states[k] = base + plan[0..k).
  const states: (readonly Block[])[] = [sent.base]
  for (const op of sent.plan) {
    const last = states[states.length - 1] ?? sent.base
    const next = applyOperations(last, [op])
    if (!next.ok) break
    states.push(next.blocks)
  }
  const complete = states.length === sent.plan.length + 1
  // The whole plan first: a plan that changes nothing is "landed" and resending it is harmless.
  if (complete && deepEqual(states[states.length - 1], reread)) return { kind: 'landed' }
  for (let k = states.length - 1; k >= 1; k -= 1) {
    if (k < sent.plan.length && deepEqual(states[k], reread)) {
      return { kind: 'partly', appliedCount: k }
    }
  }
  if (deepEqual(sent.base, reread)) return { kind: 'not-landed' }
  return { kind: 'changed-elsewhere' }
}

/**
 * Whether a failed write may nevertheless have been applied. A refusal the backend stated
 * (4xx, 503 "unavailable", 429) means nothing was written; a failure after the request left
 * (no answer, a gateway's 502/504, a 500 mid-way, an unreadable success) does not say.
 */
export function isAmbiguousWriteFailure(error: unknown): boolean {
  if (!(error instanceof AdapterError)) return false
  // A multi-request adapter that re-read and counted what landed has already resolved it.
  if (error.details.appliedCount !== undefined) return false
  switch (error.kind) {
    case 'network':
    case 'timeout':
    case 'malformed':
      return true
    case 'server':
      return error.details.status !== 503 && error.details.status !== 501
    default:
      return false
  }
}
