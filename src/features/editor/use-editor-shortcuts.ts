// The editor's keyboard shortcuts: save (always, and the browser's "save page" is suppressed),
// undo/redo (not while a text field or the rich-text editor has focus: those undo their own
// typing), copy/paste of the selected blocks (not while text is being edited or selected). Given
// the editor's ui, copy and paste act on a whole multi-selection.
import { useEffect, useMemo } from 'react'
import type { EditorStoreApi } from '../../store'
import { createSelectionCommands } from '../canvas/selection-commands'
import { isTextEntryTarget, shortcutOf } from '../shared/keyboard'
import type { BlockCommands } from './block-commands'
import type { EditorUi } from './editor-ui'

export function useEditorShortcuts(
  store: EditorStoreApi,
  flushNow: () => void,
  commands: BlockCommands,
  ui?: EditorUi,
): void {
  const group = useMemo(
    () =>
      ui
        ? createSelectionCommands({
            store,
            ui,
            newId: () => crypto.randomUUID(),
            storage: window.localStorage,
          })
        : null,
    [store, ui],
  )
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const name = shortcutOf(event)
      if (!name) return
      if (name === 'save') {
        event.preventDefault()
        flushNow()
        return
      }
      if (event.defaultPrevented || isTextEntryTarget(event.target)) return
      const state = store.getState()
      if (name === 'undo' || name === 'redo') {
        event.preventDefault()
        if (name === 'undo') state.undo()
        else state.redo()
        return
      }
      if (name === 'copy') {
        const selection = window.getSelection()
        if (selection && !selection.isCollapsed && selection.toString() !== '') return
        if (!state.selectedId) return
        event.preventDefault()
        if (group) group.copy()
        else commands.copy(state.selectedId)
        return
      }
      event.preventDefault()
      // After the last selected block, so a pasted group never lands inside the selection.
      const after = group?.ids().at(-1) ?? state.selectedId
      const place = after ? { kind: 'after' as const, blockId: after } : { kind: 'end' as const }
      if (group) group.paste(place)
      else commands.paste(place)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [store, flushNow, commands, group])
}
