// What the drag controller reads from the editor: the document, the selection, the schema's
// placement rules and the blocks' labels. Shared by the canvas and the outline, so both drag by
// the same rules.
import { blockLabel, findBlock } from '../../core'
import type { Block } from '../../core'
import type { DragSource } from '../../core/gestures'
import type { EditorStoreApi } from '../../store'
import { selectedBlockIds } from '../../store/selection-slice'
import type { EditorUi } from '../editor/editor-ui'

/** Blocks that hold others on the canvas: the schema says so, or they already have children. */
export function isContainerBlock(ui: EditorUi, block: Block): boolean {
  return ui.nesting && (ui.schemaByType.get(block.type)?.container === true || !!block.children)
}

export function editorDragSource(store: EditorStoreApi, ui: () => EditorUi): DragSource {
  return {
    blocks: () => store.getState().view,
    selected: () => selectedBlockIds(store.getState()),
    rules: () => {
      const current = ui()
      return {
        nesting: current.nesting,
        schema: [...current.schemaByType.values()],
        isContainer: (block) => isContainerBlock(current, block),
      }
    },
    labelOf: (id) => {
      const block = findBlock(store.getState().view, id)
      return block ? blockLabel(block, ui().schemaByType.get(block.type)) : 'the block'
    },
  }
}
