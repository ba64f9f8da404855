// The selection commands for the components of one editor (stateless, so each caller may hold
// its own instance).
import { useMemo } from 'react'
import { useEditorStoreApi } from '../../store'
import { useEditorUi } from '../editor/editor-ui'
import { createSelectionCommands, type SelectionCommands } from './selection-commands'

export function useSelectionCommands(): SelectionCommands {
  const store = useEditorStoreApi()
  const ui = useEditorUi()
  return useMemo(
    () =>
      createSelectionCommands({
        store,
        ui,
        newId: () => crypto.randomUUID(),
        storage: window.localStorage,
      }),
    [store, ui],
  )
}
