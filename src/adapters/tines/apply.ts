// One flush against Tines: check locally, re-list and compare with the base, then run each
// operation's calls in order. When a call fails, the case is listed again: the operations before
// the failing one landed (their calls succeeded), and the failing one landed only when the case
// now looks exactly as it would after it. That count travels as details.appliedCount.
// Tines has no client id: a create whose answer was lost is recognised by what and where it is
// (adopt.ts), before an insert is sent and after a call fails, so no retry creates a block twice.
import { allIds, applyOperations, deepEqual } from '../../core'
import type { Block, Operation } from '../../core/types'
import { AdapterError } from '../types'
import type { AdapterErrorDetails, ApplyContext, ApplyOutcome } from '../types'
import { adoptByPlace, adoptLandedInsert } from './adopt'
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
  let sim = await listBeforeWriting(deps)
  assertUnchanged(ctx.base, sim, final, ops)
  const known = new Set(allIds(ctx.base))
  for (const [index, op] of ops.entries()) {
    // An earlier attempt's create may have landed with its answer lost: adopt it, send nothing.
    const adopted = adoptLandedInsert(deps.writer.ids, sim, op, known)
    if (adopted) {
      sim = adopted
      continue
    }
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

/**
 * Nothing is sent before this listing, so its failure says so (appliedCount 0): the sync layer
 * then retries as is, rather than settling a "lost" write by reloading, which would take an
 * earlier attempt's orphaned create into its base and replay the insert as a second block.
 */
async function listBeforeWriting(deps: ApplyDeps): Promise<Block[]> {
  try {
    return await deps.list()
  } catch (error) {
    if (!(error instanceof AdapterError)) throw error
    throw new AdapterError(error.kind, error.message, { ...error.details, appliedCount: 0 })
  }
}

/** Tries of the listing after a failed call: the only way to learn what a lost create did. */
const RELIST_TRIES = 3

async function relist(deps: ApplyDeps): Promise<Block[] | null> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await deps.list()
    } catch (error) {
      // An abort is the caller's; other failures are tried again at once, a few times.
      if (!(error instanceof AdapterError) || attempt >= RELIST_TRIES) return null
    }
  }
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
  const listed = await relist(deps)
  // A create whose answer was lost shows up under an id the editor never learnt.
  const current = listed === null ? null : adoptByPlace(deps.writer.ids, listed, expected)
  const landed = current !== null && deepEqual(current, expected)
  const appliedCount = landed ? index + 1 : index
  if (landed && appliedCount === total) return { version: null, blocks: current }
  const details: AdapterErrorDetails = { ...error.details, appliedCount }
  if (error.kind === 'validation' && !landed) details.operationIndex = index
  throw new AdapterError(error.kind, error.message, details)
}
