// Changes the backend refused (a 422 naming the operation). They are never thrown away: each
// stays in the view (the field keeps what the user typed) with the backend's message, is not sent
// again on its own (the same refusal would come back), and leaves by one of two doors: the user
// edits the same block (the change goes back in the queue, the new edit folds into it and both are
// sent) or presses "Discard change" (a plain revert to what the backend holds, not an undo step).
import type { Block, Operation } from '../core'
import { operationBlockId } from './assign-ids'
import { replayKeeping } from './replay'
import type { SliceApi } from './slice-api'
import { localId } from './slice-api'
import type { BlockError, EditorStoreState, RejectedChange } from './types'

export type RejectedSlice = Pick<EditorStoreState, 'rejected' | 'discardRejected'>

export const DEPENDENT_MESSAGE = 'Not saved: it depends on a change the backend refused.'

/** The field keys an operation sets (update only), for showing the message on the field. */
function fieldsOf(op: Operation): string[] {
  return op.op === 'update' ? Object.keys(op.value) : []
}

export function rejectedChange(op: Operation, message: string, view: readonly Block[]) {
  return { id: localId('rejected'), op, blockId: blockOf(op, view), fields: fieldsOf(op), message }
}

/** The block a refused change is shown on: its own while on the canvas, else its anchor's. */
function blockOf(op: Operation, view: readonly Block[]): string | null {
  const own = operationBlockId(op)
  const exists = (id: string) => containsId(view, id)
  if (own !== null && exists(own)) return own
  if ((op.op === 'insertBefore' || op.op === 'insertAfter') && exists(op.blockId)) return op.blockId
  return null
}

function containsId(blocks: readonly Block[], id: string): boolean {
  return blocks.some((b) => b.id === id || containsId(b.children ?? [], id))
}

/** The blocks a new edit touches: editing one of them answers its refused change. */
export function touchedBlocks(ops: readonly Operation[]): Set<string> {
  const ids = new Set<string>()
  for (const op of ops) {
    const own = operationBlockId(op)
    if (own !== null) ids.add(own)
    if (op.op === 'update' || op.op === 'remove') ids.add(op.blockId)
  }
  return ids
}

/**
 * Splits the refused changes into those a new edit answers (they go back in the queue, ahead of
 * everything queued since, as they were made before it) and those still held.
 */
export function releaseFor(
  rejected: readonly RejectedChange[],
  ops: readonly Operation[],
): { released: Operation[]; held: RejectedChange[] } {
  const touched = touchedBlocks(ops)
  const released: Operation[] = []
  const held: RejectedChange[] = []
  for (const r of rejected) {
    const id = operationBlockId(r.op)
    if (id !== null && touched.has(id)) released.push(r.op)
    else held.push(r)
  }
  return { released, held }
}

export function createRejectedSlice(api: SliceApi): RejectedSlice {
  return {
    rejected: [],

    discardRejected(rejectedId) {
      api.change((s) => {
        const rest = s.rejected.filter((r) => r.id !== rejectedId)
        if (rest.length === s.rejected.length) return {}
        // The view without the refused change: the backend's value comes back; what depended
        // on it cannot stay either and is reported.
        const replay = replayKeeping(
          s.base,
          [...s.inFlight, ...rest.map((r) => r.op), ...s.pending],
          s.schema,
        )
        const droppedErrors: BlockError[] = replay.dropped.map((d) => ({
          id: localId('error'),
          blockId: null,
          message: `${DEPENDENT_MESSAGE} (${d.failure.message})`,
        }))
        const dropped = new Set(replay.dropped.map((d) => d.op))
        return {
          rejected: rest.filter((r) => !dropped.has(r.op)),
          pending: s.pending.filter((op) => !dropped.has(op)),
          view: replay.blocks,
          errors: [...s.errors, ...droppedErrors],
        }
      })
    },
  }
}
