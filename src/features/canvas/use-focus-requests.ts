// Focus requests (after a drop, a remove, an insert) are served after the next render, when the
// DOM shows the new document. A row outside the virtual range is scrolled to first, and the
// request waits for the render that scroll brings.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { EditorStoreApi } from '../../store'
import type { EditorUi } from '../editor/editor-ui'
import { topIndexOf } from '../../core/gestures'

export function useFocusRequests(options: {
  ui: EditorUi
  store: EditorStoreApi
  itemElement: (blockId: string) => HTMLElement | null
  scrollToIndex: (topIndex: number) => void
  /** Where focus goes when the request is for "the end of the list". */
  endId: string
}): void {
  const { ui, store, itemElement, scrollToIndex, endId } = options
  const pending = useRef<{ id: string | null; scrolled: boolean } | null>(null)
  const [, setTick] = useState(0)

  useEffect(
    () =>
      ui.register({
        focusBlock(blockId) {
          pending.current = { id: blockId, scrolled: false }
          setTick((n) => n + 1)
        },
      }),
    [ui],
  )

  useLayoutEffect(() => {
    const request = pending.current
    if (!request) return
    if (request.id === null) {
      document.getElementById(endId)?.focus()
      pending.current = null
      return
    }
    const handle = itemElement(request.id)?.querySelector<HTMLElement>('[data-drag-handle]')
    if (handle) {
      pending.current = null
      if (typeof handle.scrollIntoView === 'function') handle.scrollIntoView({ block: 'nearest' })
      handle.focus({ preventScroll: true })
      return
    }
    const topIndex = topIndexOf(store.getState().view, request.id)
    if (topIndex === null) {
      pending.current = null
    } else if (!request.scrolled) {
      request.scrolled = true
      scrollToIndex(topIndex)
    }
  })
}
