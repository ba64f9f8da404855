// The one strategy for backends that replace whole arrays or trees and have no guard of their
// own (Kragle, Omerlo, Drumee): the adapter reads what the backend holds now, and this decides
// what to write. Unchanged since the base → the planned document; already the planned document →
// nothing (an earlier attempt landed, its answer lost); changed → core's rebase replays the
// operations on what the backend holds, so someone else's change to another block survives, and
// anything rebase cannot replay is a conflict (the sync layer then reloads and rebases exactly as
// after Basker's 409, which turns it into conflicts on their blocks). The adapter then writes the
// difference between `from` (what the backend holds) and `final` — never from the editor's base,
// so nothing it did not change is overwritten.
import { applyOperations } from '../apply-operations'
import { deepEqual } from '../deep-equal'
import { rebase } from '../rebase'
import { findBlock } from '../tree'
import type { ApplyResult, Block, Operation, RebaseConflict } from '../types'

/** Applies operations as the backend would accept them (schema, placement, backend rules). */
export type ApplyAsBackend = (doc: readonly Block[], ops: readonly Operation[]) => ApplyResult

export interface WholeWriteInput {
  /** The document the operations were planned against (the editor's base). */
  base: readonly Block[]
  /** The document as the backend holds it now (just read). */
  current: readonly Block[]
  ops: readonly Operation[]
  apply?: ApplyAsBackend
}

export type WholeWritePlan =
  /** An operation is invalid on the base: nothing may be written. */
  | { kind: 'invalid'; index: number; message: string; blockId?: string }
  /** The backend already holds the result: nothing to write. */
  | { kind: 'landed'; final: Block[] }
  /** Write the difference from `from` (what the backend holds) to `final`. */
  | { kind: 'write'; from: Block[]; final: Block[]; rebased: boolean }
  /**
   * Someone else changed what the operations touch: nothing may be written. `conflicts` are
   * rebase's (empty when the operation would overwrite their change whole: a removal of a block
   * they changed, a replaceAll).
   */
  | {
      kind: 'conflict'
      opIndex: number
      blockId: string
      message: string
      conflicts: RebaseConflict[]
    }

const coreApply: ApplyAsBackend = (doc, ops) => applyOperations(doc, ops)

export function planWholeWrite(input: WholeWriteInput): WholeWritePlan {
  const apply = input.apply ?? coreApply
  const planned = apply(input.base, input.ops)
  if (!planned.ok) {
    return {
      kind: 'invalid',
      index: planned.index,
      message: planned.message,
      ...(planned.blockId === undefined ? {} : { blockId: planned.blockId }),
    }
  }
  const current = [...input.current]
  if (deepEqual(current, input.base)) {
    return { kind: 'write', from: current, final: planned.blocks, rebased: false }
  }
  if (deepEqual(current, planned.blocks)) return { kind: 'landed', final: current }
  const overwrite = overwritesTheirs(input.base, current, input.ops)
  if (overwrite) return { ...overwrite, kind: 'conflict', conflicts: [] }
  const replay = rebase(input.base, current, input.ops)
  const first = replay.conflicts[0]
  if (first) {
    return {
      kind: 'conflict',
      opIndex: first.opIndex,
      blockId: first.blockId,
      message: 'Someone else changed what this save changes since it was loaded.',
      conflicts: replay.conflicts,
    }
  }
  const rebased = apply(current, replay.ops)
  if (!rebased.ok) {
    return {
      kind: 'conflict',
      opIndex: rebased.index,
      blockId: rebased.blockId ?? '',
      message: rebased.message,
      conflicts: [],
    }
  }
  return { kind: 'write', from: current, final: rebased.blocks, rebased: true }
}

/**
 * An operation that would replace someone else's change whole, which rebase replays as is: a
 * removal of a block (with its children) they changed, a replaceAll over a changed document.
 * Refused here, so the sync layer reloads first and the user's view holds their change.
 */
function overwritesTheirs(
  base: readonly Block[],
  current: readonly Block[],
  ops: readonly Operation[],
): { opIndex: number; blockId: string; message: string } | null {
  for (const [opIndex, op] of ops.entries()) {
    if (op.op === 'replaceAll') {
      return { opIndex, blockId: '', message: 'The document changed since it was loaded.' }
    }
    if (op.op !== 'remove') continue
    // The blocks this removal takes with it are those under it at that point of the user's
    // sequence (an earlier operation may have moved a child out, which then survives).
    const beforeRemoval = applyOperations(base, ops.slice(0, opIndex))
    const removed = beforeRemoval.ok ? findBlock(beforeRemoval.blocks, op.blockId) : undefined
    if (removed && removesTheirChange(removed, base, current)) {
      return {
        opIndex,
        blockId: op.blockId,
        message: 'A block this save removes was changed by someone else since it was loaded.',
      }
    }
  }
  return null
}

/** Whether a removed subtree holds a block someone else changed (its fields, type or children). */
function removesTheirChange(
  removed: Block,
  base: readonly Block[],
  current: readonly Block[],
): boolean {
  const before = findBlock(base, removed.id)
  const now = findBlock(current, removed.id)
  // A block of the user's own (inserted since the base) has nothing of theirs; one they removed
  // already is no loss.
  if (before && now && !deepEqual(ownPart(before), ownPart(now))) return true
  return (removed.children ?? []).some((child) => removesTheirChange(child, base, current))
}

/** A block without its children's contents: its keys, and which children it holds. */
function ownPart(block: Block): unknown {
  const { children, ...rest } = block
  return children === undefined ? rest : { ...rest, children: children.map((c) => c.id) }
}
