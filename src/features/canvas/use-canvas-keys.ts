// The canvas's selection keys: Ctrl/Cmd+A selects every block, Shift+ArrowUp/Down extends the
// selection one block (focus follows its free end), Escape narrows a multi-selection to its
// primary block. Not while a field inside a card edits text, nor during a drag.
import { useCallback } from 'react'
import type { KeyboardEvent } from 'react'
import type { EditorStoreApi } from '../../store'
import type { EditorUi } from '../editor/editor-ui'
import { isTextEntryTarget } from '../shared/keyboard'
import type { DragStore } from './drag-store'

export function useCanvasKeys(store: EditorStoreApi, ui: EditorUi, dragStore: DragStore) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || isTextEntryTarget(event.target)) return
      if (dragStore.get().activeId !== null) return
      const state = store.getState()
      const command = (event.ctrlKey || event.metaKey) && !event.altKey
      if (command && !event.shiftKey && event.key.toLowerCase() === 'a') {
        event.preventDefault()
        state.selectAll()
        return
      }
      const delta = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0
      if (event.shiftKey && !command && delta !== 0) {
        event.preventDefault()
        if (state.selectedId === null) {
          const row = (event.target as Element).closest<HTMLElement>('li[data-block-id]')
          if (row?.dataset.blockId) state.select(row.dataset.blockId)
        }
        store.getState().extendSelection(delta)
        const primary = store.getState().selectedId
        if (primary !== null) ui.focusBlock(primary)
        return
      }
      if (event.key === 'Escape' && state.selectedIds.length > 1 && state.selectedId !== null) {
        event.preventDefault()
        state.select(state.selectedId)
      }
    },
    [store, ui, dragStore],
  )
}
