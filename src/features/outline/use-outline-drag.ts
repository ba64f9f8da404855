// Drag and drop in the outline, with the canvas's rules: a handle per row; Space/Enter picks up,
// the arrows step one drop slot at a time, Space/Enter drops, Escape (or leaving the handle)
// cancels; the pointer drops on the half of the row under it. Every step is announced, and a
// drop sends the same single move as the canvas (or the selection's moves when it holds a
// selected block), through the canvas's pure drop logic.
import { useCallback, useRef, useState } from 'react'
import type { KeyboardEvent, PointerEvent } from 'react'
import { blockLabel, findBlock } from '../../core'
import type { EditorStoreApi } from '../../store'
import { cancelledText, droppedText, overText, pickedUpText } from '../canvas/announcements'
import {
  dropSlots,
  isOrigin,
  sideFromPointer,
  slotIndexOfOrigin,
  stepSlot,
  type DropSlot,
  type DropTarget,
} from '../canvas/drop-target'
import { groupDropOps, heldCount } from '../canvas/group-drop'
import type { EditorUi } from '../editor/editor-ui'
import { refusedMoveText } from '../canvas/refused-move'

interface Held {
  id: string
  mode: 'keyboard' | 'pointer'
  slots: DropSlot[]
  slotIndex: number
  target: DropTarget | null
}

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
  const [held, setHeld] = useState<Held | null>(null)
  const heldRef = useRef<Held | null>(null)
  const pointer = useRef<{ id: string; y: number } | null>(null)

  const update = useCallback((next: Held | null) => {
    heldRef.current = next
    setHeld(next)
  }, [])

  const labelOf = useCallback(
    (id: string): string => {
      const block = findBlock(store.getState().view, id)
      return block ? blockLabel(block, ui.schemaByType.get(block.type)) : 'the block'
    },
    [store, ui],
  )
  const heldLabel = useCallback(
    (id: string): string => {
      const count = heldCount(store.getState(), id)
      return count > 1 ? `${count} blocks` : labelOf(id)
    },
    [store, labelOf],
  )

  const pickUp = useCallback(
    (id: string, mode: Held['mode']) => {
      const slots = mode === 'keyboard' ? dropSlots(store.getState().view, id, ui.nesting) : []
      update({ id, mode, slots, slotIndex: slotIndexOfOrigin(slots), target: null })
      announce(pickedUpText(heldLabel(id)))
    },
    [store, ui, update, announce, heldLabel],
  )

  const drop = useCallback(() => {
    const h = heldRef.current
    if (!h) return
    update(null)
    const ops = groupDropOps(store.getState(), h.id, h.target)
    const label = heldLabel(h.id)
    const anchor = h.target ? labelOf(h.target.anchorId) : ''
    const refused = ops.length > 0 ? store.getState().dispatch(ops, `Move ${label}`) : null
    if (refused) {
      announce(refusedMoveText(label, refused.message))
      ui.notify(refusedMoveText(label, refused.message))
    } else {
      announce(droppedText(label, ops.length > 0 ? h.target : null, anchor))
    }
    focusHandle(h.id)
  }, [store, ui, update, announce, heldLabel, labelOf, focusHandle])

  const cancel = useCallback(() => {
    const h = heldRef.current
    if (!h) return
    update(null)
    announce(cancelledText(heldLabel(h.id)))
  }, [update, announce, heldLabel])

  const aim = useCallback(
    (h: Held, target: DropTarget | null) => {
      // No drop line (and no announcement of a place) where the drop would change nothing.
      const shown = groupDropOps(store.getState(), h.id, target).length > 0 ? target : null
      if (shown?.anchorId === h.target?.anchorId && shown?.side === h.target?.side) return
      update({ ...h, target: shown })
      if (h.mode === 'keyboard') {
        announce(overText(heldLabel(h.id), shown ? labelOf(shown.anchorId) : null))
      }
    },
    [store, update, announce, heldLabel, labelOf],
  )

  const onHandleKeyDown = useCallback(
    (id: string, event: KeyboardEvent<HTMLElement>) => {
      const h = heldRef.current
      const key = event.key
      if (!h) {
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
        const slotIndex = stepSlot(h.slots, h.slotIndex, key === 'ArrowDown' ? 1 : -1)
        const slot = h.slots[slotIndex]
        const target = slot && !isOrigin(slot) ? slot : null
        if (target) revealRow(target.anchorId)
        const moved = { ...h, slotIndex }
        heldRef.current = moved
        aim(moved, target)
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
    [pickUp, drop, cancel, aim, revealRow],
  )

  const onHandlePointerDown = useCallback((id: string, event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0 || heldRef.current) return
    pointer.current = { id, y: event.clientY }
    event.currentTarget.setPointerCapture?.(event.pointerId)
  }, [])

  const onHandlePointerMove = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const start = pointer.current
      if (!start) return
      let h = heldRef.current
      if (!h) {
        if (Math.abs(event.clientY - start.y) < POINTER_THRESHOLD) return
        pickUp(start.id, 'pointer')
        h = heldRef.current as Held | null
        if (!h) return
      }
      const row = document
        .elementFromPoint(event.clientX, event.clientY)
        ?.closest<HTMLElement>('[data-outline-id]')
      const anchorId = row?.dataset.outlineId
      if (!row || !anchorId) return aim(h, null)
      const rect = row.getBoundingClientRect()
      aim(h, { anchorId, side: sideFromPointer(event.clientY, rect.top, rect.height) })
    },
    [pickUp, aim],
  )

  const onHandlePointerUp = useCallback(() => {
    pointer.current = null
    if (heldRef.current?.mode === 'pointer') drop()
  }, [drop])

  return {
    held,
    onHandleKeyDown,
    onHandlePointerDown,
    onHandlePointerMove,
    onHandlePointerUp,
    onHandleBlur: cancel,
  }
}
