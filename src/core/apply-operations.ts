// applyOperations: the one place where operations change a document, shared by the browser and the
// reference backends. All-or-nothing and pure: the input is never mutated, a failure returns no
// partial document, and untouched blocks are shared with the input.
import { Draft } from './draft'
import { applyAppend } from './operations/append'
import { OpError, type OpContext } from './operations/context'
import { applyInsert } from './operations/insert'
import { applyMove } from './operations/move'
import { placementRefusal } from './operations/placement-check'
import { applyRemove } from './operations/remove'
import { applyReplaceAll } from './operations/replace-all'
import { applyUpdate } from './operations/update'
import { parseOperation } from './parse-operation'
import type { ApplyFailure, ApplyOptions, ApplyResult, Block, Operation } from './types'

function applyOne(ctx: OpContext, op: Operation): OpError | string | undefined {
  // Checked before the draft changes: batch callers (planFlush, rebase) go on with the draft.
  const refused = placementRefusal(ctx, op)
  if (refused) return refused
  switch (op.op) {
    case 'update':
      return applyUpdate(ctx, op)
    case 'insertBefore':
    case 'insertAfter':
      return applyInsert(ctx, op)
    case 'append':
    case 'prepend':
      return applyAppend(ctx, op)
    case 'remove':
      return applyRemove(ctx, op)
    case 'moveBefore':
    case 'moveAfter':
      return applyMove(ctx, op)
    case 'replaceAll':
      return applyReplaceAll(ctx, op)
  }
}

/** The blockId of a malformed operation, when it has one, so the failure can point at a block. */
function targetOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined
  const blockId: unknown = (input as Record<string, unknown>).blockId
  return typeof blockId === 'string' && blockId.length > 0 ? blockId : undefined
}

/** Applies one operation (shape-checked) to a draft; used by batch callers such as planFlush. */
export function applyStep(
  draft: Draft,
  input: unknown,
  index: number,
  options: ApplyOptions = {},
): ApplyFailure | { ok: true; insertedId: string | undefined } {
  const parsed = parseOperation(input)
  if (!parsed.ok) {
    const message = `Operation ${index} (${parsed.name}): ${parsed.message}`
    const failure: ApplyFailure = { ok: false, index, reason: parsed.reason, message }
    const blockId = targetOf(input)
    return blockId === undefined ? failure : { ...failure, blockId }
  }
  const outcome = applyOne({ draft, index, options }, parsed.op)
  if (outcome instanceof OpError) {
    const failure: ApplyFailure = {
      ok: false,
      index,
      reason: outcome.reason,
      message: outcome.message,
    }
    return outcome.blockId === undefined ? failure : { ...failure, blockId: outcome.blockId }
  }
  return { ok: true, insertedId: outcome }
}

export function applyOperations(
  blocks: readonly Block[],
  ops: readonly Operation[],
  options: ApplyOptions = {},
): ApplyResult {
  const draft = new Draft(blocks)
  const insertedIds: (string | undefined)[] = []
  for (let index = 0; index < ops.length; index += 1) {
    const step = applyStep(draft, ops[index], index, options)
    if (!step.ok) return step
    insertedIds.push(step.insertedId)
  }
  return { ok: true, blocks: draft.blocks as Block[], insertedIds }
}
