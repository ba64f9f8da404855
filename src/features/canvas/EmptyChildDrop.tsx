// An empty container's inside: the note that it is empty, and a drop target of its own, so a
// block can be dragged into it (by the pointer here, by the keyboard through the controller's
// "inside" slot).
import { useDroppable } from '@dnd-kit/core'
import { INSIDE_PREFIX } from './collision'
import { DropLine } from './DropLine'
import { useDropSide } from './drag-store'

export function EmptyChildDrop({ parentId }: { parentId: string }) {
  const { setNodeRef } = useDroppable({ id: `${INSIDE_PREFIX}${parentId}` })
  const inside = useDropSide(parentId) === 'inside'
  return (
    <div ref={setNodeRef} className="child-list__empty-drop">
      <p className="child-list__empty">No blocks inside yet.</p>
      {inside ? <DropLine blockId={parentId} side="inside" /> : null}
    </div>
  )
}
