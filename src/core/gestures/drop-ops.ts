// What a drop does, for the canvas and the outline alike: a block that belongs to a
// multi-selection carries the whole selection (in document order); any other block moves alone,
// as exactly one moveBefore/moveAfter (into an empty container: out, then appended there).
import { findBlock } from '../tree'
import type { Block, Operation } from '../types'
import type { DropTarget } from './drop-target'
import { actionableIds, moveSelectionOps, placeFirst } from './move-selection'
import { placeOf, subtreeIds } from './place'
import { mayHoldAll } from './placement'
import type { PlacementRules } from './drop-slots'

/** The ids a drag of `activeId` carries: the selection when it holds the block, else the block. */
export function heldIds(
  blocks: readonly Block[],
  selected: readonly string[],
  activeId: string,
): string[] {
  if (!selected.includes(activeId)) return [activeId]
  const ids = actionableIds(blocks, selected)
  return ids.length > 1 && ids.includes(activeId) ? ids : [activeId]
}

/** The operations of dropping `held` (carried by `activeId`) at `target`; [] when nothing changes. */
export function dropOps(
  blocks: readonly Block[],
  activeId: string,
  held: readonly string[],
  target: DropTarget | null,
): Operation[] {
  if (!target) return []
  if (held.length > 1) return moveSelectionOps(blocks, held, target)
  const active = placeOf(blocks, activeId)
  const anchor = placeOf(blocks, target.anchorId)
  if (!active || !anchor) return []
  if (subtreeIds(active.block).has(target.anchorId)) return []
  if (target.side === 'inside') {
    return (anchor.block.children?.length ?? 0) === 0 ? placeFirst(blocks, activeId, target) : []
  }
  if (anchor.siblings === active.siblings) {
    const neighbour = target.side === 'before' ? active.index + 1 : active.index - 1
    if (anchor.index === neighbour) return []
  }
  return placeFirst(blocks, activeId, target)
}

/** The container a drop at `target` puts the blocks in: its type, null for the top level. */
export function containerTypeAt(blocks: readonly Block[], target: DropTarget): string | null {
  if (target.side === 'inside') return findBlock(blocks, target.anchorId)?.type ?? null
  const parentId = placeOf(blocks, target.anchorId)?.parentId ?? null
  return parentId === null ? null : (findBlock(blocks, parentId)?.type ?? null)
}

/** Whether the schema lets the held blocks go to `target`. */
export function mayDropAt(
  blocks: readonly Block[],
  held: readonly string[],
  target: DropTarget,
  rules: Pick<PlacementRules, 'schema'>,
): boolean {
  const types = held.flatMap((id) => findBlock(blocks, id)?.type ?? [])
  return mayHoldAll(rules.schema, containerTypeAt(blocks, target), types)
}
