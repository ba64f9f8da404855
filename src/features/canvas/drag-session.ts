// The state of one drag, and the dnd-kit announcements read from it. The announcements name
// blocks by their labels and follow the keyboard target, not only dnd-kit's `over`.
import type { Announcements } from '@dnd-kit/core'
import { cancelledText, overText, pickedUpText } from './announcements'
import type { DropSlot, DropTarget } from './drop-target'

export interface DragSession {
  activeId: string
  mode: 'pointer' | 'keyboard'
  /** The held block and its descendants: never drop targets. */
  excluded: Set<string>
  /** Keyboard drags: the drop slots in reading order and the current one. */
  slots: DropSlot[]
  slotIndex: number
  target: DropTarget | null
}

export function createAnnouncements(source: {
  session(): DragSession | null
  labelOf(blockId: string): string
  /** Computed by onDragEnd (which knows the operation) before dnd-kit asks for it. */
  dropText(): string
}): Announcements {
  const { session, labelOf } = source
  return {
    onDragStart: ({ active }) => pickedUpText(labelOf(String(active.id))),
    onDragOver: ({ active, over }) => {
      const s = session()
      const label = labelOf(String(active.id))
      if (s?.mode === 'keyboard') {
        if (!s.target) return overText(label, null)
        // Until the target row is rendered and measured, `over` lags behind: say nothing yet.
        return over && over.id === s.target.anchorId
          ? overText(label, labelOf(s.target.anchorId))
          : undefined
      }
      return over ? overText(label, labelOf(String(over.id))) : undefined
    },
    onDragEnd: () => source.dropText(),
    onDragCancel: ({ active }) => cancelledText(labelOf(String(active.id))),
  }
}
