// Each open editor gets its own store through context, so two editors never share state.
import { createContext, useContext } from 'react'
import type { ReactNode } from 'react'
import { useStore } from 'zustand'
import type { EditorStoreApi } from './create-editor-store'
import type { EditorStoreState } from './types'

const EditorStoreContext = createContext<EditorStoreApi | null>(null)

export function EditorStoreProvider(props: { store: EditorStoreApi; children?: ReactNode }) {
  return (
    <EditorStoreContext.Provider value={props.store}>{props.children}</EditorStoreContext.Provider>
  )
}

export function useEditorStoreApi(): EditorStoreApi {
  const store = useContext(EditorStoreContext)
  if (!store) throw new Error('useEditorStore must be used inside <EditorStoreProvider>')
  return store
}

/** Reads a slice of the editor state; re-renders only when the selected value changes. */
export function useEditorStore<T>(selector: (state: EditorStoreState) => T): T {
  return useStore(useEditorStoreApi(), selector)
}
