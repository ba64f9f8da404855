// The editor's side of the change list's links: `?block=<id>` selects that block and moves focus
// to it once the editor shows, then leaves the address clean so a reload does not jump again.
import { useEffect } from 'react'
import { useSearchParams } from 'react-router'
import { findBlock } from '../../core'
import type { EditorStoreApi } from '../../store'

export function useFocusFromReview(
  store: EditorStoreApi,
  focusBlock: (blockId: string) => void,
): void {
  const [params, setParams] = useSearchParams()
  const blockId = params.get('block')
  useEffect(() => {
    if (blockId === null) return
    if (findBlock(store.getState().view, blockId)) {
      store.getState().select(blockId)
      focusBlock(blockId)
    }
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        next.delete('block')
        return next
      },
      { replace: true },
    )
  }, [blockId, store, focusBlock, setParams])
}
