// The diff behind planFlush: operations that turn `base` into `final`, simulated step by step on a
// draft. Placement runs top-down by container and keeps a longest increasing subsequence of each
// container still; updates carry only changed keys; removes come last and only for topmost blocks.
// Only what the pending operations touched (Changes) is compared: every other block is shared,
// unchanged and in place, so the work follows the size of the change, not of the document. The
// plan is the one a comparison of the whole documents gives (testing/full-diff-plan.ts).
import { applyStep } from './apply-operations'
import { deepEqual } from './deep-equal'
import { Draft, type DocumentIndex } from './draft'
import { longestIncreasingSubsequence } from './lis'
import { inDocumentOrder, targetPositions } from './plan-order'
import type { Changes } from './plan-scope'
import type { Block, NewBlock, Operation } from './types'

/** True when no update can turn `current` into `target`: type, lost keys, or children list shape. */
function needsRecreate(current: Block, target: Block): boolean {
  if (current.type !== target.type) return true
  if (Object.keys(current.value).some((key) => !Object.hasOwn(target.value, key))) return true
  if (current.children && !target.children) return true
  return !current.children && target.children?.length === 0
}

/** True when a container of `id` (in `draft`) is in `ids`. */
function insideAny(draft: Draft, id: string, ids: ReadonlySet<string>): boolean {
  let parent = draft.parentOf(id)
  for (; parent !== null && parent !== undefined; parent = draft.parentOf(parent)) {
    if (ids.has(parent)) return true
  }
  return false
}

class Planner {
  readonly ops: Operation[] = []
  private readonly draft: Draft
  private readonly touched: (id: string) => boolean
  /** Blocks removed to be inserted again, and the containers they left. */
  private readonly recreated = new Set<string>()
  private readonly leftBehind = new Set<string | null>()

  /** `base` is the document `index` holds; `final` is a draft holding the final document. */
  constructor(
    base: DocumentIndex,
    private readonly final: Draft,
    private readonly changes: Changes,
  ) {
    this.draft = new Draft(base)
    this.touched = (id) =>
      changes.inserted.has(id) ||
      changes.removed.has(id) ||
      changes.moved.has(id) ||
      this.recreated.has(id)
  }

  emit(op: Operation): void {
    const step = applyStep(this.draft, op, this.ops.length)
    if (!step.ok) throw new Error(step.message)
    this.ops.push(op)
  }

  /**
   * Blocks that must be removed and inserted again; their descendants then count as new. Only an
   * insert (after a remove of the same id) or a new children list can make a block need it.
   */
  recreate(): void {
    const recreated = new Set<string>()
    for (const id of new Set([...this.changes.inserted, ...this.changes.lists])) {
      if (id === null) continue
      const current = this.draft.get(id)
      const target = this.final.get(id)
      if (current && target && needsRecreate(current, target)) recreated.add(id)
    }
    const topmost = [...recreated].filter((id) => !insideAny(this.draft, id, recreated))
    for (const id of inDocumentOrder(this.draft, topmost)) {
      this.recreated.add(id)
      this.leftBehind.add(this.draft.parentOf(id) ?? null)
      this.emit({ op: 'remove', blockId: id })
    }
  }

  /**
   * Containers whose list changed, that are new or that a recreated block left; every other list
   * is already in order.
   */
  place(): void {
    const lists = new Set([...this.changes.lists, ...this.leftBehind])
    if (lists.has(null)) this.placeContainer(null, this.final.blocks)
    const containers = new Set<string>()
    for (const id of [...lists, ...this.changes.inserted]) {
      if (id !== null && this.final.get(id)?.children) containers.add(id)
    }
    for (const id of inDocumentOrder(this.final, containers)) {
      this.placeContainer(id, (this.final.get(id) as Block).children as Block[])
    }
  }

  /** Values change only by updates, and by inserts of an id that existed before. */
  updates(): void {
    const ids = new Set<string>()
    for (const id of [...this.changes.values, ...this.changes.inserted]) {
      if (this.final.has(id)) ids.add(id)
    }
    for (const id of inDocumentOrder(this.final, ids)) {
      const target = this.final.get(id) as Block
      const current = this.draft.get(id) as Block
      const changed = Object.keys(target.value).filter(
        (key) =>
          !Object.hasOwn(current.value, key) || !deepEqual(current.value[key], target.value[key]),
      )
      if (changed.length === 0) continue
      this.ops.push({
        op: 'update',
        blockId: id,
        value: Object.fromEntries(changed.map((key) => [key, target.value[key]])),
      })
    }
  }

  /** Blocks gone from the final document were removed (or sat inside a removed block). */
  removes(): void {
    const gone = new Set<string>()
    for (const id of this.changes.removed) {
      if (!this.final.has(id) && this.draft.has(id)) gone.add(id)
    }
    const topmost = [...gone].filter((id) => !insideAny(this.draft, id, gone))
    for (const id of inDocumentOrder(this.draft, topmost))
      this.ops.push({ op: 'remove', blockId: id })
  }

  private placeContainer(parentId: string | null, targets: readonly Block[]): void {
    const current = this.draft.siblings(parentId) ?? []
    // A common head and tail are on the longest increasing run anyway: only the middle can move.
    let head = 0
    while (head < current.length && head < targets.length) {
      if ((current[head] as Block).id !== (targets[head] as Block).id) break
      head += 1
    }
    let tail = 0
    while (tail < current.length - head && tail < targets.length - head) {
      const left = current[current.length - 1 - tail] as Block
      if (left.id !== (targets[targets.length - 1 - tail] as Block).id) break
      tail += 1
    }
    const end = targets.length - tail
    const middle = targets.slice(head, end)
    const order = targetPositions(current.slice(head, current.length - tail), middle, this.touched)
    const stable = new Uint8Array(middle.length)
    for (const i of longestIncreasingSubsequence(order)) stable[order[i] as number] = 1
    for (let index = head; index < end; index += 1) {
      if (stable[index - head] === 1) continue
      const target = targets[index] as Block
      const previous = targets[index - 1]
      if (!this.draft.has(target.id)) {
        const block = this.newBlock(target)
        if (previous) this.emit({ op: 'insertAfter', blockId: previous.id, block })
        else
          this.emit(
            parentId === null ? { op: 'prepend', block } : { op: 'prepend', block, parentId },
          )
        continue
      }
      if (previous) {
        this.emit({ op: 'moveAfter', blockId: target.id, anchorId: previous.id })
        continue
      }
      const first = this.draft.siblings(parentId)?.[0]
      if (first) {
        this.emit({ op: 'moveBefore', blockId: target.id, anchorId: first.id })
        continue
      }
      // An empty container offers no anchor: take the block out and append it there.
      // Re-inserted anyway, so it carries its final value and needs no update later.
      const moved = { ...(this.draft.get(target.id) as Block), value: target.value }
      this.emit({ op: 'remove', blockId: target.id })
      this.emit(
        parentId === null
          ? { op: 'append', block: moved }
          : { op: 'append', block: moved, parentId },
      )
    }
  }

  /** A new block with its final value and only the children that are new too. */
  private newBlock(target: Block): NewBlock {
    const block: NewBlock = { id: target.id, type: target.type, value: target.value }
    if (target.children) {
      block.children = target.children
        .filter((child) => !this.draft.has(child.id))
        .map((child) => this.newBlock(child))
    }
    return block
  }
}

/**
 * Operations that turn the document `base` indexes into the one `final` holds, given what the
 * operations between them changed (no replaceAll among them); throws if it cannot.
 */
export function diffPlan(base: DocumentIndex, final: Draft, changes: Changes): Operation[] {
  const planner = new Planner(base, final, changes)
  planner.recreate()
  planner.place()
  planner.updates()
  planner.removes()
  return planner.ops
}
