// The operations of the multi-selection gestures, built with the core's language and minimised
// with planFlush, so a gesture on several blocks is ONE dispatch (one undo step) of the fewest
// operations. Pure: the canvas, the outline and the shortcuts share it.
import { allIds, applyOperations, planFlush } from '../../core'
import type { Block, Operation } from '../../core/types'
import { locateBlock } from './block-tree'
import type { DropTarget } from './drop-target'

/**
 * The selected blocks to act on, in document order: blocks that no longer exist are dropped, and
 * so is a block inside a selected container (it travels with its container).
 */
export function actionableIds(blocks: Block[], selected: readonly string[]): string[] {
  const wanted = new Set(selected)
  const result: string[] = []
  const walk = (list: Block[]): void => {
    for (const block of list) {
      if (wanted.has(block.id)) result.push(block.id)
      else if (block.children) walk(block.children)
    }
  }
  walk(blocks)
  return result
}

/**
 * Moves the selection, in document order, to `target`: the first block goes to the target and
 * each next one right after the previous. When the target's anchor is itself selected, the
 * group gathers around it (it stays put). Returns the minimal equivalent list ([] when nothing
 * would change).
 */
export function moveSelectionOps(
  blocks: Block[],
  selected: readonly string[],
  target: DropTarget,
): Operation[] {
  const ids = actionableIds(blocks, selected)
  if (ids.length === 0 || !locateBlock(blocks, target.anchorId)) return []
  if (insideMoved(blocks, ids, target.anchorId)) return []
  const ops: Operation[] = []
  const at = ids.indexOf(target.anchorId)
  if (at >= 0) {
    // Those before the anchor chain backwards from it, those after chain forwards.
    for (let i = at - 1; i >= 0; i -= 1) {
      ops.push({ op: 'moveBefore', blockId: ids[i] as string, anchorId: ids[i + 1] as string })
    }
    for (let i = at + 1; i < ids.length; i += 1) {
      ops.push({ op: 'moveAfter', blockId: ids[i] as string, anchorId: ids[i - 1] as string })
    }
  } else {
    const [first, ...rest] = ids as [string, ...string[]]
    ops.push(
      target.side === 'before'
        ? { op: 'moveBefore', blockId: first, anchorId: target.anchorId }
        : { op: 'moveAfter', blockId: first, anchorId: target.anchorId },
    )
    let previous = first
    for (const id of rest) {
      ops.push({ op: 'moveAfter', blockId: id, anchorId: previous })
      previous = id
    }
  }
  return minimise(blocks, ops)
}

/** True when `anchorId` lies inside (not at) one of the moved blocks: no move can go there. */
function insideMoved(blocks: Block[], ids: string[], anchorId: string): boolean {
  const moved = new Set(ids)
  let place = locateBlock(blocks, anchorId)
  while (place && place.parentId !== null) {
    if (moved.has(place.parentId)) return true
    place = locateBlock(blocks, place.parentId)
  }
  return false
}

/** "Move up": the selection goes before the unselected sibling above its first block. */
export function moveSelectionStepOps(
  blocks: Block[],
  selected: readonly string[],
  direction: 'up' | 'down',
): Operation[] {
  const ids = actionableIds(blocks, selected)
  const moved = new Set(ids)
  const edge = direction === 'up' ? ids[0] : ids[ids.length - 1]
  const place = edge === undefined ? null : locateBlock(blocks, edge)
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

/** Inserts `copies[i]` right after `ids[i]` (one insert per block). */
export function duplicateOps(ids: readonly string[], copies: readonly Block[]): Operation[] {
  return ids.flatMap((id, i) => {
    const block = copies[i]
    return block ? [{ op: 'insertAfter' as const, blockId: id, block }] : []
  })
}

/** Inserts the blocks in order at a place: the first there, each next after the previous. */
export function insertChainOps(first: Operation, firstId: string, rest: Block[]): Operation[] {
  const ops: Operation[] = [first]
  let previous = firstId
  for (const block of rest) {
    ops.push({ op: 'insertAfter', blockId: previous, block })
    previous = block.id
  }
  return ops
}

export function removeOps(blocks: Block[], selected: readonly string[]): Operation[] {
  return actionableIds(blocks, selected).map((blockId) => ({ op: 'remove', blockId }))
}

/** The shortest equivalent list; [] when the operations change nothing. */
function minimise(blocks: Block[], ops: Operation[]): Operation[] {
  const plan = planFlush(blocks, ops)
  if (plan.length === 0) return []
  // planFlush keeps a list it cannot shorten, even one that changes nothing (a block moved after
  // the block it already follows): compare the orders.
  const result = applyOperations(blocks, plan)
  if (result.ok && allIds(result.blocks).join('\n') === allIds(blocks).join('\n')) return []
  return plan
}
