// The outline's input and drawing for the drag controller (core/gestures), the canvas's own: a
// handle per row; Space/Enter picks up, the arrows step one valid place at a time, Space/Enter
// drops, Escape (or leaving the handle) cancels; the pointer aims at the half of the row under it
// (a refused place is shown refused). Every step is announced; a drop dispatches the
// controller's operations.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent, PointerEvent } from 'react'
import {
  createDragController,
  refusedMoveText,
  sideFromPointer,
  type DragMode,
  type DragView,
} from '../../core/gestures'
import type { EditorStoreApi } from '../../store'
import { editorDragSource } from '../canvas/drag-source'
import type { EditorUi } from '../editor/editor-ui'

const POINTER_THRESHOLD = 4

export function useOutlineDrag(options: {
  store: EditorStoreApi
  ui: EditorUi
  announce(text: string): void
  /** Brings a row into view (it may be outside the virtual range). */
  revealRow(blockId: string): void
  /** Focuses a row's handle after the drop has re-rendered the list. */
  focusHandle(blockId: string): void
}) {
  const { store, ui, announce, revealRow, focusHandle } = options
  const uiRef = useRef(ui)
  useLayoutEffect(() => {
    uiRef.current = ui
  })
  const controller = useMemo(
    () => createDragController(editorDragSource(store, () => uiRef.current)),
    [store],
  )
  const [held, setHeld] = useState<DragView | null>(null)
  const pointer = useRef<{ id: string; y: number } | null>(null)

  const say = useCallback((text: string | null) => text !== null && announce(text), [announce])
  const refresh = useCallback(() => setHeld(controller.view()), [controller])

  const pickUp = useCallback(
    (id: string, mode: DragMode) => {
      say(controller.pickUp(id, mode))
      refresh()
    },
    [controller, say, refresh],
  )

  const drop = useCallback(() => {
    const result = controller.drop()
    refresh()
    if (!result) return
    const refused =
      result.ops.length > 0 ? store.getState().dispatch(result.ops, result.historyLabel) : null
    if (refused) {
      const text = refusedMoveText(result.subject, refused.message)
      announce(text)
      ui.notify(text)
    } else {
      announce(result.text)
    }
    focusHandle(result.activeId)
  }, [controller, refresh, store, ui, announce, focusHandle])

  const cancel = useCallback(() => {
    say(controller.cancel())
    refresh()
  }, [controller, say, refresh])

  const onHandleKeyDown = useCallback(
    (id: string, event: KeyboardEvent<HTMLElement>) => {
      const key = event.key
      if (!controller.view()) {
        if (key === ' ' || key === 'Enter') {
          event.preventDefault()
          event.stopPropagation()
          pickUp(id, 'keyboard')
        }
        return
      }
      event.stopPropagation()
      if (key === 'ArrowDown' || key === 'ArrowUp') {
        event.preventDefault()
        say(controller.step(key === 'ArrowDown' ? 1 : -1))
        const target = controller.view()?.target
        if (target) revealRow(target.anchorId)
        refresh()
      } else if (key === ' ' || key === 'Enter') {
        event.preventDefault()
        drop()
      } else if (key === 'Escape') {
        event.preventDefault()
        cancel()
      } else if (key === 'Tab') {
        cancel()
      }
    },
    [controller, pickUp, drop, cancel, say, refresh, revealRow],
  )

  const onHandlePointerDown = useCallback(
    (id: string, event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0 || controller.view()) return
      pointer.current = { id, y: event.clientY }
      event.currentTarget.setPointerCapture?.(event.pointerId)
    },
    [controller],
  )

  const onHandlePointerMove = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const start = pointer.current
      if (!start) return
      if (!controller.view()) {
        if (Math.abs(event.clientY - start.y) < POINTER_THRESHOLD) return
        pickUp(start.id, 'pointer')
        if (!controller.view()) return
      }
      const row = document
        .elementFromPoint(event.clientX, event.clientY)
        ?.closest<HTMLElement>('[data-outline-id]')
      const anchorId = row?.dataset.outlineId
      const rect = row?.getBoundingClientRect()
      say(
        controller.aim(
          anchorId && rect
            ? { anchorId, side: sideFromPointer(event.clientY, rect.top, rect.height) }
            : null,
        ),
      )
      refresh()
    },
    [controller, pickUp, say, refresh],
  )

  const onHandlePointerUp = useCallback(() => {
    pointer.current = null
    if (controller.view()?.mode === 'pointer') drop()
  }, [controller, drop])

  return {
    held,
    onHandleKeyDown,
    onHandlePointerDown,
    onHandlePointerMove,
    onHandlePointerUp,
    onHandleBlur: cancel,
  }
}
