// The moves of the selection gestures (drag several blocks, "Move up/down"), built with the
// operation language and minimised with planFlush, so a gesture on several blocks is ONE dispatch
// (one undo step) of the fewest operations.
import { applyOperations } from '../apply-operations'
import { planFlush } from '../plan-flush'
import { cloneBlock, findBlock, walkBlocks } from '../tree'
import type { Block, Operation } from '../types'
import type { DropTarget } from './drop-target'
import { isInsideAny, placeOf } from './place'

/**
 * The selected blocks to act on, in document order: blocks that no longer exist are dropped, and
 * so is a block inside a selected container (it travels with its container).
 */
export function actionableIds(blocks: readonly Block[], selected: readonly string[]): string[] {
  const wanted = new Set(selected)
  const result: string[] = []
  // Parents are visited before their children: a block under a taken one is carried, not taken.
  const carried = new Set<string>()
  walkBlocks(blocks, (block, parentId) => {
    if (parentId !== null && carried.has(parentId)) carried.add(block.id)
    else if (wanted.has(block.id)) {
      result.push(block.id)
      carried.add(block.id)
    }
  })
  return result
}

/** The first held block's operations to reach `target` (an empty container: out, then in). */
export function placeFirst(blocks: readonly Block[], id: string, target: DropTarget): Operation[] {
  if (target.side === 'before')
    return [{ op: 'moveBefore', blockId: id, anchorId: target.anchorId }]
  if (target.side === 'after') return [{ op: 'moveAfter', blockId: id, anchorId: target.anchorId }]
  const block = findBlock(blocks, id)
  if (!block) return []
  // The language moves only next to an anchor; an empty container has none (as plan-diff does).
  return [
    { op: 'remove', blockId: id },
    { op: 'append', block: cloneBlock(block), parentId: target.anchorId },
  ]
}

/**
 * Moves the selection, in document order, to `target`: the first block goes to the target and
 * each next one right after the previous. When the target's anchor is itself selected, the
 * group gathers around it (it stays put). Returns the minimal equivalent list ([] when nothing
 * would change or the target lies inside a moved block).
 */
export function moveSelectionOps(
  blocks: readonly Block[],
  selected: readonly string[],
  target: DropTarget,
): Operation[] {
  const ids = actionableIds(blocks, selected)
  if (ids.length === 0 || !findBlock(blocks, target.anchorId)) return []
  const moved = new Set(ids)
  if (isInsideAny(blocks, moved, target.anchorId)) return []
  const ops: Operation[] = []
  const at = ids.indexOf(target.anchorId)
  if (at >= 0) {
    if (target.side === 'inside') return []
    // Those before the anchor chain backwards from it, those after chain forwards.
    for (let i = at - 1; i >= 0; i -= 1) {
      ops.push({ op: 'moveBefore', blockId: ids[i] as string, anchorId: ids[i + 1] as string })
    }
    for (let i = at + 1; i < ids.length; i += 1) {
      ops.push({ op: 'moveAfter', blockId: ids[i] as string, anchorId: ids[i - 1] as string })
    }
  } else {
    const [first, ...rest] = ids as [string, ...string[]]
    ops.push(...placeFirst(blocks, first, target))
    let previous = first
    for (const id of rest) {
      ops.push({ op: 'moveAfter', blockId: id, anchorId: previous })
      previous = id
    }
  }
  return minimise(blocks, ops)
}

/** "Move up": the selection goes before the unselected sibling above its first block. */
export function moveSelectionStepOps(
  blocks: readonly Block[],
  selected: readonly string[],
  direction: 'up' | 'down',
): Operation[] {
  const ids = actionableIds(blocks, selected)
  const moved = new Set(ids)
  const edge = direction === 'up' ? ids[0] : ids[ids.length - 1]
  const place = edge === undefined ? null : placeOf(blocks, edge)
  if (!place) return []
  const step = direction === 'up' ? -1 : 1
  let i = place.index + step
  while (place.siblings[i] && moved.has((place.siblings[i] as Block).id)) i += step
  const anchor = place.siblings[i]
  if (!anchor) return []
  return moveSelectionOps(blocks, ids, {
    anchorId: anchor.id,
    side: direction === 'up' ? 'before' : 'after',
  })
}

/** The shortest equivalent list; [] when the operations change nothing. */
function minimise(blocks: readonly Block[], ops: Operation[]): Operation[] {
  const plan = planFlush(blocks, ops)
  if (plan.length === 0) return []
  // planFlush keeps a list it cannot shorten, even one that changes nothing (a block moved after
  // the block it already follows): compare where every block sits.
  const result = applyOperations(blocks, plan)
  if (result.ok && sameShape(result.blocks, blocks)) return []
  return plan
}

function sameShape(a: readonly Block[], b: readonly Block[]): boolean {
  const shape = (blocks: readonly Block[]) => {
    const parts: string[] = []
    walkBlocks(blocks, (block, parentId) => parts.push(`${parentId ?? ''}/${block.id}`))
    return parts.join('\n')
  }
  return shape(a) === shape(b)
}
