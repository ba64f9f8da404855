// rebase: replays the user's pending operations on a newer base (after a 409). What still makes
// sense replays, adjusted where an anchor is gone; what cannot becomes a conflict the user decides.
import { applyStep } from './apply-operations'
import { newBlockIds } from './tree'
import { deepEqual } from './deep-equal'
import { Draft } from './draft'
import { parseOperation } from './parse-operation'
import { moveNearMine, reinsertMine } from './rebase-keep-mine'
import type { FieldValues, Block, Operation, RebaseConflict, RebaseResult } from './types'

type Kind = RebaseConflict['kind']

class Rebaser {
  readonly ops: Operation[] = []
  readonly conflicts: RebaseConflict[] = []
  readonly mine: Draft
  readonly theirs: Draft
  private readonly oldBase: Draft
  private readonly newBase: Draft

  constructor(oldBase: readonly Block[], newBase: readonly Block[]) {
    this.mine = new Draft(oldBase)
    this.theirs = new Draft(newBase)
    this.oldBase = new Draft(oldBase)
    this.newBase = new Draft(newBase)
  }

  conflict(
    opIndex: number,
    op: Operation,
    blockId: string,
    kind: Kind,
    keepMine: Operation[] = [],
  ): void {
    this.conflicts.push({ opIndex, op, blockId, kind, fields: [], mine: {}, theirs: {}, keepMine })
  }

  /** Replays `op` on the rebased document, or records it as an invalid conflict. */
  replay(opIndex: number, original: Operation, op: Operation = original): void {
    const step = applyStep(this.theirs, op, this.ops.length)
    if (step.ok) this.ops.push(op)
    else this.conflict(opIndex, original, step.blockId ?? targetId(original), 'invalid')
  }

  update(opIndex: number, op: Extract<Operation, { op: 'update' }>): void {
    if (!this.theirs.has(op.blockId)) {
      this.conflict(
        opIndex,
        op,
        op.blockId,
        'removed',
        reinsertMine(this.mine, this.theirs, op.blockId),
      )
      return
    }
    const old = this.oldBase.get(op.blockId)?.value
    const current = this.newBase.get(op.blockId)?.value
    const clashing = Object.keys(op.value).filter((key) => {
      if (!old || !current) return false
      const theirsChanged = !sameField(old, current, key)
      const mineChanged = !sameField(old, op.value, key)
      return theirsChanged && mineChanged && !sameField(current, op.value, key)
    })
    const rest = Object.keys(op.value).filter((key) => !clashing.includes(key))
    if (rest.length > 0 || clashing.length === 0) {
      const value = clashing.length === 0 ? op.value : pick(op.value, rest)
      this.replay(opIndex, op, clashing.length === 0 ? op : { ...op, value })
    }
    if (clashing.length > 0 && current) this.fieldConflict(opIndex, op, clashing, current)
  }

  /** One field-changed conflict per block: later edits of the same block extend it. */
  private fieldConflict(
    opIndex: number,
    op: Extract<Operation, { op: 'update' }>,
    keys: string[],
    current: FieldValues,
  ): void {
    let entry = this.conflicts.find((c) => c.kind === 'field-changed' && c.blockId === op.blockId)
    if (!entry) {
      entry = {
        opIndex,
        op,
        blockId: op.blockId,
        kind: 'field-changed',
        fields: [],
        mine: {},
        theirs: {},
        keepMine: [],
      }
      this.conflicts.push(entry)
    }
    for (const key of keys) {
      if (!entry.fields.includes(key)) entry.fields.push(key)
      entry.mine[key] = op.value[key]
      entry.theirs[key] = current[key]
    }
    entry.keepMine = [{ op: 'update', blockId: op.blockId, value: { ...entry.mine } }]
  }

  insert(
    opIndex: number,
    op: Extract<Operation, { op: 'insertBefore' | 'insertAfter' | 'append' | 'prepend' }>,
    parentBefore: string | null | undefined,
  ): void {
    const taken = newBlockIds(op.block).find((id) => this.theirs.has(id))
    if (taken !== undefined) return this.conflict(opIndex, op, taken, 'invalid')
    const anchor = 'blockId' in op ? op.blockId : (op.parentId ?? null)
    if (anchor === null || this.theirs.has(anchor)) return this.replay(opIndex, op)
    // The anchor is gone: keep the block, at the end of the same container when it survived.
    const parentId = 'blockId' in op ? parentBefore : null
    this.replay(
      opIndex,
      op,
      parentId && this.theirs.has(parentId)
        ? { op: 'append', block: op.block, parentId }
        : { op: 'append', block: op.block },
    )
  }

  /**
   * A removal takes the block with what is under it. When someone else put a block under it
   * that the user never saw there (moved or inserted it), replaying would remove that block
   * too: the user decides (keep mine removes it all the same).
   */
  remove(opIndex: number, op: Extract<Operation, { op: 'remove' }>, mine: Set<string>): void {
    if (!this.theirs.has(op.blockId)) return
    const strangers = [...subtreeIds(this.theirs.get(op.blockId))].filter((id) => !mine.has(id))
    if (strangers.length > 0) return this.conflict(opIndex, op, op.blockId, 'invalid', [op])
    this.replay(opIndex, op)
  }

  move(opIndex: number, op: Extract<Operation, { op: 'moveBefore' | 'moveAfter' }>): void {
    if (!this.theirs.has(op.blockId)) {
      this.conflict(
        opIndex,
        op,
        op.blockId,
        'removed',
        reinsertMine(this.mine, this.theirs, op.blockId),
      )
    } else if (!this.theirs.has(op.anchorId)) {
      this.conflict(
        opIndex,
        op,
        op.blockId,
        'anchor-removed',
        moveNearMine(this.mine, this.theirs, op.blockId),
      )
    } else {
      this.replay(opIndex, op)
    }
  }
}

/** The ids of a block and everything under it. */
function subtreeIds(block: Block | undefined): Set<string> {
  const ids = new Set<string>()
  const visit = (b: Block) => {
    ids.add(b.id)
    for (const child of b.children ?? []) visit(child)
  }
  if (block) visit(block)
  return ids
}

function sameField(a: FieldValues, b: FieldValues, key: string): boolean {
  return Object.hasOwn(a, key) === Object.hasOwn(b, key) && deepEqual(a[key], b[key])
}

function pick(value: FieldValues, keys: string[]): FieldValues {
  return Object.fromEntries(keys.map((key) => [key, value[key]]))
}

function targetId(op: Operation): string {
  if ('blockId' in op) return op.blockId
  if ('block' in op) return op.block.id ?? ''
  return ''
}

/**
 * Replays `pending` (made on `oldBase`) on `newBase`: the operations to send instead, and the
 * conflicts. keepMine operations are built against the rebased document at the point of the
 * conflict. A move whose anchor is gone offers a move next to its nearest surviving neighbour in
 * the user's document, or nothing when no neighbour survived.
 */
export function rebase(
  oldBase: readonly Block[],
  newBase: readonly Block[],
  pending: readonly Operation[],
): RebaseResult {
  const r = new Rebaser(oldBase, newBase)
  pending.forEach((op, opIndex) => {
    // Shape first, so the lookups below can trust the operation; the original object replays.
    if (!parseOperation(op).ok) return r.conflict(opIndex, op, '', 'invalid')
    const parentBefore = 'blockId' in op ? r.mine.parentOf(op.blockId) : undefined
    const removing = op.op === 'remove' ? subtreeIds(r.mine.get(op.blockId)) : undefined
    const mineStep = applyStep(r.mine, op, opIndex)
    if (!mineStep.ok) return r.conflict(opIndex, op, mineStep.blockId ?? targetId(op), 'invalid')
    switch (op.op) {
      case 'update':
        return r.update(opIndex, op)
      case 'insertBefore':
      case 'insertAfter':
      case 'append':
      case 'prepend':
        return r.insert(opIndex, op, parentBefore)
      case 'remove':
        return r.remove(opIndex, op, removing ?? new Set())
      case 'moveBefore':
      case 'moveAfter':
        return r.move(opIndex, op)
      case 'replaceAll':
        return r.replay(opIndex, op)
    }
  })
  return { ops: r.ops, conflicts: r.conflicts }
}
