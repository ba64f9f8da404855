// How a click selects, on the canvas and in the outline alike: Shift extends a range from the
// anchor, Ctrl/Cmd toggles one block, a plain click selects only that block.
import type { EditorStore } from '../../store'

interface Modifiers {
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
}

export function selectByClick(
  state: Pick<EditorStore, 'select' | 'toggleSelected' | 'selectRange'>,
  blockId: string,
  event: Modifiers,
): void {
  if (event.shiftKey) state.selectRange(blockId)
  else if (event.ctrlKey || event.metaKey) state.toggleSelected(blockId)
  else state.select(blockId)
}
