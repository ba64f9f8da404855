// Which block the user is working on (the canvas highlights it, the field panel edits it).
import type { SliceApi } from './slice-api'
import type { EditorState, EditorStoreState } from './types'

export type SelectionSlice = Pick<EditorState, 'selectedId'> & Pick<EditorStoreState, 'select'>

export function createSelectionSlice(api: SliceApi): SelectionSlice {
  return {
    selectedId: null,
    select(blockId) {
      if (api.get().selectedId === blockId) return
      api.change(() => ({ selectedId: blockId }))
    },
  }
}
