// The one driver for backends that replace whole arrays or trees (Kragle, Omerlo, Drumee): read
// what the backend holds, let core's planWholeWrite compare it with the base and rebase, then
// write. Each adapter only says how it applies operations (its rules), how it reads, and how a
// change from what it read to the final document becomes its writes. A conflict is the adapter
// error 'conflict': the sync layer reloads and rebases, as after Basker's 409, so the user sees
// the same conflicts on the same blocks whichever backend is behind.
import { planWholeWrite } from '../../core'
import type { ApplyAsBackend, Block, Operation } from '../../core'
import { AdapterError } from '../types'
import type { ApplyContext, ApplyOutcome, RecordRef } from '../types'

export interface WholeDocumentRead<Held> {
  /** The document as the backend holds it, in the editor's terms (the editor's ids). */
  blocks: Block[]
  /** What the adapter keeps from the read to write back (keys as read, a serial, …). */
  held: Held
}

export interface WholeDocumentBackend<Held> {
  /** How this backend applies operations: schema, placement and its own rules. */
  rules(signal?: AbortSignal): Promise<ApplyAsBackend> | ApplyAsBackend
  /**
   * Reads what the backend holds now. `planned` (the base after the operations) lets an adapter
   * read only the parts it may write; parts it does not read must be given as in `base`.
   */
  read(
    ref: RecordRef,
    want: { base: readonly Block[]; planned: readonly Block[] },
    signal?: AbortSignal,
  ): Promise<WholeDocumentRead<Held>>
  /** Writes what turns `from` (just read) into `final`; never anything `final` does not change. */
  write(
    ref: RecordRef,
    change: { from: Block[]; final: Block[]; held: Held },
    signal?: AbortSignal,
  ): Promise<ApplyOutcome>
  /** The outcome when the backend already holds the result (an earlier answer was lost). */
  landed(final: Block[], held: Held): ApplyOutcome
}

export async function writeWholeDocument<Held>(
  backend: WholeDocumentBackend<Held>,
  ref: RecordRef,
  ops: readonly Operation[],
  ctx: ApplyContext,
): Promise<ApplyOutcome> {
  const apply = await backend.rules(ctx.signal)
  const planned = apply(ctx.base, ops)
  // Invalid on the editor's own base: refused before anything is read or sent.
  if (!planned.ok) {
    throw new AdapterError('validation', planned.message, {
      operationIndex: planned.index,
      ...(planned.blockId === undefined ? {} : { blockId: planned.blockId }),
    })
  }
  const read = await backend.read(ref, { base: ctx.base, planned: planned.blocks }, ctx.signal)
  const plan = planWholeWrite({ base: ctx.base, current: read.blocks, ops, apply })
  switch (plan.kind) {
    case 'invalid':
      throw new AdapterError('validation', plan.message, {
        operationIndex: plan.index,
        ...(plan.blockId === undefined ? {} : { blockId: plan.blockId }),
      })
    case 'landed':
      return backend.landed(plan.final, read.held)
    case 'conflict':
      throw new AdapterError('conflict', plan.message, {
        operationIndex: plan.opIndex,
        ...(plan.blockId ? { blockId: plan.blockId } : {}),
      })
    case 'write':
      return backend.write(ref, { from: plan.from, final: plan.final, held: read.held }, ctx.signal)
  }
}
