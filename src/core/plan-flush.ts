// planFlush: the shortest list of operations with the same result as the pending ones, so a flush
// sends one insert for "insert then type", one update per block, and drops edits that cancel out.
import { applyOperations } from './apply-operations'
import { deepEqual } from './deep-equal'
import { diffPlan } from './plan-diff'
import type { Block, Operation } from './types'

function candidate(
  base: readonly Block[],
  final: Block[],
  pending: readonly Operation[],
): Operation[] {
  if (pending.some((op) => op.op === 'replaceAll')) {
    return deepEqual(base, final) ? [] : [{ op: 'replaceAll', blocks: final }]
  }
  return diffPlan(base, final)
}

/**
 * Returns a shorter equivalent of `pending` on `base`, verified by applying it; returns `pending`
 * itself when nothing shorter is found (so an already minimal gesture is sent exactly as made).
 */
export function planFlush(base: readonly Block[], pending: Operation[]): Operation[] {
  if (pending.length === 0) return pending
  const applied = applyOperations(base, pending)
  if (!applied.ok) return pending
  let plan: Operation[]
  try {
    plan = candidate(base, applied.blocks, pending)
  } catch {
    return pending
  }
  if (plan.length >= pending.length) return pending
  const check = applyOperations(base, plan)
  return check.ok && deepEqual(check.blocks, applied.blocks) ? plan : pending
}
