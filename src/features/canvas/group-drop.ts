// What dropping a held block does, for the canvas and the outline alike: a block that belongs to
// a multi-selection carries the whole selection (in document order); any other block moves
// alone, as exactly one moveBefore/moveAfter.
import type { Operation } from '../../core'
import type { EditorState } from '../../store'
import { selectedBlockIds } from '../../store/selection-slice'
import { dropOperation, type DropTarget } from './drop-target'
import { moveSelectionOps } from './selection-ops'

type DropState = Pick<EditorState, 'view' | 'selectedId' | 'selectedIds'>

/** How many blocks a drag of `activeId` carries. */
export function heldCount(state: DropState, activeId: string): number {
  const group = selectedBlockIds(state)
  return group.length > 1 && group.includes(activeId) ? group.length : 1
}

export function groupDropOps(
  state: DropState,
  activeId: string,
  target: DropTarget | null,
): Operation[] {
  if (!target) return []
  if (heldCount(state, activeId) > 1) {
    return moveSelectionOps(state.view, selectedBlockIds(state), target)
  }
  const op = dropOperation(state.view, activeId, target)
  return op ? [op] : []
}
