// The editor's keyboard shortcuts: save (always, and the browser's "save page" is suppressed),
// undo/redo (not while a text field or the rich-text editor has focus: those undo their own
// typing), copy/paste of the selected block (not while text is being edited or selected).
import { useEffect } from 'react'
import type { EditorStoreApi } from '../../store'
import { isTextEntryTarget, shortcutOf } from '../shared/keyboard'
import type { BlockCommands } from './block-commands'

export function useEditorShortcuts(
  store: EditorStoreApi,
  flushNow: () => void,
  commands: BlockCommands,
): void {
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
        commands.copy(state.selectedId)
        return
      }
      event.preventDefault()
      commands.paste(
        state.selectedId ? { kind: 'after', blockId: state.selectedId } : { kind: 'end' },
      )
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [store, flushNow, commands])
}
