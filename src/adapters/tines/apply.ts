// One flush against Tines: check locally, re-list and compare with the base, then run each
// operation's calls in order. When a call fails, the case is listed again: the operations before
// the failing one landed (their calls succeeded), and the failing one landed only when the case
// now looks exactly as it would after it. That count travels as details.appliedCount.
import { applyOperations, deepEqual } from '../../core'
import type { Block, Operation } from '../../core/types'
import { AdapterError } from '../types'
import type { AdapterErrorDetails, ApplyContext, ApplyOutcome } from '../types'
import { TINES_BLOCK_TYPES } from './block-types'
import { assertUnchanged, planLocally } from './guards'
import { stepsFor } from './translate'
import type { Writer } from './writes'

export interface ApplyDeps {
  writer: Writer
  /** The case's blocks as Tines holds them now. */
  list(): Promise<Block[]>
}

export async function applyAll(
  deps: ApplyDeps,
  ops: readonly Operation[],
  ctx: ApplyContext,
): Promise<ApplyOutcome> {
  const final = planLocally(ctx.base, ops, TINES_BLOCK_TYPES)
  let sim = await deps.list()
  assertUnchanged(ctx.base, sim, final, ops)
  for (const [index, op] of ops.entries()) {
    // Applied to what Tines holds, so positions count the blocks really there.
    const result = applyOperations(sim, [op], { schema: TINES_BLOCK_TYPES })
    if (!result.ok) {
      throw new AdapterError('conflict', `Tines no longer holds what operation ${index} needs.`, {
        appliedCount: index,
      })
    }
    try {
      for (const step of stepsFor(deps.writer, op, sim, result.blocks, result.insertedIds[0])) {
        await step()
      }
    } catch (error) {
      return afterFailure(deps, error, index, ops.length, result.blocks)
    }
    sim = result.blocks
  }
  return { version: null, blocks: sim }
}

async function afterFailure(
  deps: ApplyDeps,
  error: unknown,
  index: number,
  total: number,
  expected: Block[],
): Promise<ApplyOutcome> {
  // A caller's abort is not the backend's failure; the next flush re-lists anyway.
  if (!(error instanceof AdapterError)) throw error
  const current = await deps.list().catch(() => null)
  const landed = current !== null && deepEqual(current, expected)
  const appliedCount = landed ? index + 1 : index
  if (landed && appliedCount === total) return { version: null, blocks: current }
  const details: AdapterErrorDetails = { ...error.details, appliedCount }
  if (error.kind === 'validation' && !landed) details.operationIndex = index
  throw new AdapterError(error.kind, error.message, details)
}
