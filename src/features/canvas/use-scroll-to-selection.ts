// Keeps the primary selection in view: a block selected elsewhere (the outline, a shortcut) is
// scrolled to on the canvas. Cards already on screen do not move.
import { useEffect } from 'react'
import type { EditorStoreApi } from '../../store'

export function useScrollToSelection(
  store: EditorStoreApi,
  scrollToBlock: (blockId: string) => void,
): void {
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.selectedId !== null && state.selectedId !== previous.selectedId) {
          scrollToBlock(state.selectedId)
        }
      }),
    [store, scrollToBlock],
  )
}
