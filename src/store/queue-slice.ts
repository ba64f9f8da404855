// The outgoing queue: pending edits, the flush in flight, and what happens to both when the
// backend answers. src/sync calls these actions; the UI only reads the queues' sizes.
import { applyOperations, deepEqual, findBlock, planFlush } from '../core'
import type { Block, Operation } from '../core'
import { operationBlockId } from './assign-ids'
import { DEPENDENT_MESSAGE, rejectedChange } from './rejected-slice'
import { replayKeeping } from './replay'
import type { SliceApi } from './slice-api'
import { localId } from './slice-api'
import type {
  BlockError,
  EditorState,
  EditorStoreState,
  EditorSyncState,
  RejectedChange,
} from './types'

export type QueueSlice = Pick<EditorState, 'pending' | 'inFlight'> &
  Pick<EditorSyncState, 'inFlightPlan' | 'needsReload' | 'editCount'> &
  Pick<
    EditorStoreState,
    'takeFlush' | 'flushSucceeded' | 'flushFailed' | 'flushPartlyApplied' | 'flushRejected'
  >

export function createQueueSlice(api: SliceApi): QueueSlice {
  return {
    pending: [],
    inFlight: [],
    inFlightPlan: [],
    needsReload: false,
    editCount: 0,

    takeFlush() {
      let s = api.get()
      if (s.inFlight.length > 0 || s.pending.length === 0) return null
      // An edit made on top of a refused change cannot be sent without it: it is held with it.
      if (s.rejected.length > 0) holdDependents(api)
      s = api.get()
      if (s.pending.length === 0) return null
      // A single operation is already minimal; planning is not free on large documents.
      const plan = s.pending.length === 1 ? s.pending : planFlush(s.base, s.pending)
      if (plan.length === 0) {
        // The edits cancel out (insert then remove): nothing to send, the base is unchanged.
        api.change(() => ({ pending: [] }))
        return null
      }
      api.change((state) => ({ inFlight: state.pending, pending: [], inFlightPlan: plan }))
      return { ops: plan, base: s.base, version: s.version }
    },

    flushSucceeded(outcome) {
      api.change((s) => {
        const expected = applyOperations(s.base, s.inFlightPlan)
        const expectedBase: Block[] = expected.ok ? expected.blocks : s.base
        const common = {
          version: outcome.version,
          needsReload: outcome.version === null,
          inFlight: [],
          inFlightPlan: [],
          syncIssue: null,
        }
        if (!outcome.blocks || deepEqual(outcome.blocks, expectedBase)) {
          // The usual case: the view already shows base + inFlight + pending.
          return { ...common, base: expectedBase }
        }
        // The backend stored something other than we predicted (normalised values): trust it.
        const held = replayKeeping(outcome.blocks, heldOps(s.rejected), s.schema)
        const replay = replayKeeping(held.blocks, s.pending, s.schema)
        const dropped = [...held.dropped, ...replay.dropped]
        const gone = new Set(held.dropped.map((d) => d.op))
        return {
          ...common,
          base: outcome.blocks,
          view: replay.blocks,
          pending: replay.kept,
          rejected: s.rejected.filter((r) => !gone.has(r.op)),
          errors: [
            ...s.errors,
            ...dropped.map((d) => blockError(d.op, d.failure.message, replay.blocks)),
          ],
        }
      })
    },

    flushFailed() {
      api.change((s) => ({
        pending: [...s.inFlight, ...s.pending],
        inFlight: [],
        inFlightPlan: [],
      }))
    },

    flushPartlyApplied(appliedCount) {
      api.change((s) => {
        const landed = s.inFlightPlan.slice(0, appliedCount)
        const applied = applyOperations(s.base, landed)
        // The view already shows every operation; only the line between base and queue moves.
        if (!applied.ok || landed.length === 0) {
          return { pending: [...s.inFlight, ...s.pending], inFlight: [], inFlightPlan: [] }
        }
        return {
          base: applied.blocks,
          pending: [...s.inFlightPlan.slice(appliedCount), ...s.pending],
          inFlight: [],
          inFlightPlan: [],
        }
      })
    },

    flushRejected(operationIndex, message) {
      const s = api.get()
      const failed = operationIndex === undefined ? undefined : s.inFlightPlan[operationIndex]
      if (failed === undefined) {
        // Without the failing index nothing can be dropped safely: keep everything, stop retrying.
        s.flushFailed()
        s.setSyncIssue({ kind: 'error', message })
        return
      }
      // The refused change stays in the view, held; the rest goes back in the queue. Whatever
      // cannot be sent without it is held with it. The view does not change: nothing is lost.
      const rest = s.inFlightPlan.filter((_, i) => i !== operationIndex)
      const replay = replayKeeping(s.base, [...rest, ...s.pending], s.schema)
      api.change((state) => ({
        inFlight: [],
        inFlightPlan: [],
        pending: replay.kept,
        rejected: [
          ...state.rejected,
          rejectedChange(failed, message, state.view),
          ...replay.dropped.map((d) => rejectedChange(d.op, DEPENDENT_MESSAGE, state.view)),
        ],
      }))
    },
  }
}

const heldOps = (rejected: readonly RejectedChange[]): Operation[] => rejected.map((r) => r.op)

/** Moves the queued operations that only apply on top of a refused change to the held ones. */
function holdDependents(api: SliceApi): void {
  const s = api.get()
  const replay = replayKeeping(s.base, s.pending, s.schema)
  if (replay.dropped.length === 0) return
  api.change((state) => ({
    pending: replay.kept,
    rejected: [
      ...state.rejected,
      ...replay.dropped.map((d) => rejectedChange(d.op, DEPENDENT_MESSAGE, state.view)),
    ],
  }))
}

/**
 * Where an error is shown: on the operation's block while it is still on the canvas, else next
 * to where an insert was going (its anchor), else nowhere in particular (null: a general banner).
 */
function blockError(op: Operation, message: string, view: readonly Block[]): BlockError {
  const own = operationBlockId(op)
  let blockId: string | null = null
  if (own !== null && findBlock(view, own)) blockId = own
  else if ((op.op === 'insertBefore' || op.op === 'insertAfter') && findBlock(view, op.blockId)) {
    blockId = op.blockId
  }
  return { id: localId('error'), blockId, message }
}
