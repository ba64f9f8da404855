// planFlush: the shortest list of operations with the same result as the pending ones, so a flush
// sends one insert for "insert then type", one update per block, and drops edits that cancel out.
// It runs on every save, so its cost follows the size of the change, not of the document: the
// diff looks only at what the pending operations touched, the three batches it applies to `base`
// (pending, the plan while building it, the plan again to verify it) share one id index, and the
// verification compares shared blocks by identity.
import { applyStep } from './apply-operations'
import { deepEqual } from './deep-equal'
import { Draft, DocumentIndex } from './draft'
import { diffPlan } from './plan-diff'
import { RecordingDraft } from './plan-scope'
import type { Block, Operation } from './types'

/** The document after `ops`, or undefined when one of them does not apply. */
function applyAll(draft: Draft, ops: readonly Operation[]): readonly Block[] | undefined {
  for (let index = 0; index < ops.length; index += 1) {
    if (!applyStep(draft, ops[index], index).ok) return undefined
  }
  return draft.blocks
}

function candidate(base: DocumentIndex, applied: RecordingDraft): Operation[] {
  if (applied.replaced) {
    return deepEqual(base.blocks, applied.blocks)
      ? []
      : [{ op: 'replaceAll', blocks: applied.blocks as Block[] }]
  }
  return diffPlan(base, applied, applied)
}

/**
 * Returns a shorter equivalent of `pending` on `base`, verified by applying it; returns `pending`
 * itself when nothing shorter is found (so an already minimal gesture is sent exactly as made).
 */
export function planFlush(base: readonly Block[], pending: Operation[]): Operation[] {
  if (pending.length === 0) return pending
  const index = new DocumentIndex(base)
  const applied = new RecordingDraft(index)
  if (!applyAll(applied, pending)) return pending
  let plan: Operation[]
  try {
    plan = candidate(index, applied)
  } catch {
    return pending
  }
  if (plan.length >= pending.length) return pending
  const check = applyAll(new Draft(index), plan)
  return check && deepEqual(check, applied.blocks) ? plan : pending
}
