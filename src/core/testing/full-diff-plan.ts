// A test oracle: planFlush's diff as it was before it learnt to look only at what the pending
// operations touched. It compares the whole documents (slow on long ones) and must give exactly
// the plan that plan-diff.ts gives, which the property tests check on random documents.
import { applyStep } from '../apply-operations'
import { deepEqual } from '../deep-equal'
import { Draft } from '../draft'
import { longestIncreasingSubsequence } from '../lis'
import { walkBlocks } from '../tree'
import type { Block, NewBlock, Operation } from '../types'

interface FinalEntry {
  block: Block
  parentId: string | null
}

/** True when no update can turn `current` into `target`: type, lost keys, or children list shape. */
function needsRecreate(current: Block, target: Block): boolean {
  if (current.type !== target.type) return true
  if (Object.keys(current.value).some((key) => !Object.hasOwn(target.value, key))) return true
  if (current.children && !target.children) return true
  return !current.children && target.children?.length === 0
}

class Planner {
  readonly ops: Operation[] = []
  private readonly draft: Draft
  private readonly finalById = new Map<string, FinalEntry>()

  constructor(
    base: readonly Block[],
    private readonly final: readonly Block[],
  ) {
    this.draft = new Draft(base)
    walkBlocks(final, (block, parentId) => this.finalById.set(block.id, { block, parentId }))
  }

  emit(op: Operation): void {
    const step = applyStep(this.draft, op, this.ops.length)
    if (!step.ok) throw new Error(step.message)
    this.ops.push(op)
  }

  /** Blocks that must be removed and inserted again; their descendants then count as new. */
  recreate(): void {
    const topmost: string[] = []
    const skipped = new Set<string>()
    walkBlocks(this.draft.blocks, (block, parentId) => {
      if (parentId !== null && skipped.has(parentId)) {
        skipped.add(block.id)
        return
      }
      const target = this.finalById.get(block.id)
      if (target && needsRecreate(block, target.block)) {
        topmost.push(block.id)
        skipped.add(block.id)
      }
    })
    for (const id of topmost) this.emit({ op: 'remove', blockId: id })
  }

  place(): void {
    this.placeContainer(null, this.final)
    walkBlocks(this.final, (block) => {
      if (block.children) this.placeContainer(block.id, block.children)
    })
  }

  updates(): void {
    const currentById = new Map<string, Block>()
    walkBlocks(this.draft.blocks, (block) => currentById.set(block.id, block))
    walkBlocks(this.final, (target) => {
      const current = currentById.get(target.id) as Block
      const changed = Object.keys(target.value).filter(
        (key) =>
          !Object.hasOwn(current.value, key) || !deepEqual(current.value[key], target.value[key]),
      )
      if (changed.length === 0) return
      this.ops.push({
        op: 'update',
        blockId: target.id,
        value: Object.fromEntries(changed.map((key) => [key, target.value[key]])),
      })
    })
  }

  removes(): void {
    const skipped = new Set<string>()
    walkBlocks(this.draft.blocks, (block, parentId) => {
      if (parentId !== null && skipped.has(parentId)) {
        skipped.add(block.id)
      } else if (!this.finalById.has(block.id)) {
        skipped.add(block.id)
        this.ops.push({ op: 'remove', blockId: block.id })
      }
    })
  }

  private placeContainer(parentId: string | null, targets: readonly Block[]): void {
    const position = new Map(targets.map((block, index) => [block.id, index]))
    const present = (this.draft.siblings(parentId) ?? []).filter((block) => position.has(block.id))
    const order = present.map((block) => position.get(block.id) as number)
    const stable = new Set(longestIncreasingSubsequence(order).map((i) => (present[i] as Block).id))
    targets.forEach((target, index) => {
      if (stable.has(target.id)) return
      const previous = targets[index - 1]
      if (!this.draft.has(target.id)) {
        const block = this.newBlock(target)
        if (previous) this.emit({ op: 'insertAfter', blockId: previous.id, block })
        else
          this.emit(
            parentId === null ? { op: 'prepend', block } : { op: 'prepend', block, parentId },
          )
        return
      }
      if (previous) return this.emit({ op: 'moveAfter', blockId: target.id, anchorId: previous.id })
      const first = this.draft.siblings(parentId)?.[0]
      if (first) return this.emit({ op: 'moveBefore', blockId: target.id, anchorId: first.id })
      // An empty container offers no anchor: take the block out and append it there.
      // Re-inserted anyway, so it carries its final value and needs no update later.
      const current = { ...(this.draft.get(target.id) as Block), value: target.value }
      this.emit({ op: 'remove', blockId: target.id })
      this.emit(
        parentId === null
          ? { op: 'append', block: current }
          : { op: 'append', block: current, parentId },
      )
    })
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

/** Operations that turn `base` into `final` (both valid documents); throws if it cannot. */
export function fullDiffPlan(base: readonly Block[], final: readonly Block[]): Operation[] {
  const planner = new Planner(base, final)
  planner.recreate()
  planner.place()
  planner.updates()
  planner.removes()
  return planner.ops
}
