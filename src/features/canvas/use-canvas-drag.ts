// The canvas's input and drawing for the drag controller (core/gestures): dnd-kit's pointer
// sensor aims at the card half under the pointer (or an empty container's inside); the keyboard
// path (keyboard-sensor.ts, outside dnd-kit) steps one valid place per arrow press. The controller decides what
// each gesture means; this hook scrolls, draws the drop line, speaks and dispatches the drop.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { PointerSensor, useSensor, useSensors } from '@dnd-kit/core'
import type { Announcements, DragMoveEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core'
import { findBlock } from '../../core'
import {
  createDragController,
  refusedMoveText,
  sideFromPointer,
  subtreeIds,
  type DragMode,
  type DropTarget,
} from '../../core/gestures'
import type { EditorStoreApi } from '../../store'
import type { EditorUi } from '../editor/editor-ui'
import { autoScrollStep } from './auto-scroll'
import { createCollisionDetection, INSIDE_PREFIX } from './collision'
import { createAnnouncer } from './drag-live-region'
import { editorDragSource } from './drag-source'
import type { DragStore } from './drag-store'
import { listenKeyboardDrag, type StepKeyboardOptions } from './keyboard-sensor'

export interface CanvasDragOptions {
  store: EditorStoreApi
  ui: EditorUi
  dragStore: DragStore
  /** Brings a block's card into view (it may not be rendered yet). */
  scrollToBlock(blockId: string): void
  /** Finds a rendered card, to read where it is on screen. */
  itemElement(blockId: string): HTMLElement | null
  /** The canvas's scrolling element, scrolled near its edges during a pointer drag. */
  scrollElement(): HTMLElement | null
}

// A 4 px move starts a pointer drag, so a click on the handle still selects the block.
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } }

// dnd-kit's own live region stays silent: the controller's words go through DragLiveRegion.
const SILENT: Announcements = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
}

export interface ActiveDrag {
  id: string
  mode: DragMode
  /** How many blocks the drag carries (the selection when it holds the block). */
  count: number
}

export function useCanvasDrag(options: CanvasDragOptions) {
  const [active, setActive] = useState<ActiveDrag | null>(null)
  const opts = useRef(options)
  useLayoutEffect(() => {
    opts.current = options
  })

  const stable = useRef<ReturnType<typeof createHandlers> | null>(null)
  if (!stable.current) stable.current = createHandlers()
  const handlers = stable.current

  function createHandlers() {
    const o = () => opts.current
    const controller = createDragController(editorDragSource(o().store, () => o().ui))
    const announcer = createAnnouncer()
    let excluded: ReadonlySet<string> = new Set()
    let pointerY = 0
    let overId: string | null = null
    let frame = 0
    let stopKeys: (() => void) | null = null

    const publish = (): void => {
      const view = controller.view()
      o().dragStore.set({
        activeId: view?.activeId ?? null,
        target: view?.target ?? null,
        refused: view?.refused ?? false,
      })
    }

    const aimPointer = (): void => {
      if (controller.view()?.mode !== 'pointer') return
      let target: DropTarget | null = null
      if (overId?.startsWith(INSIDE_PREFIX)) {
        target = { anchorId: overId.slice(INSIDE_PREFIX.length), side: 'inside' }
      } else if (overId) {
        const rect = o().itemElement(overId)?.getBoundingClientRect()
        if (rect)
          target = { anchorId: overId, side: sideFromPointer(pointerY, rect.top, rect.height) }
      }
      announcer.say(controller.aim(target))
      publish()
    }

    const trackPointer = (event: PointerEvent) => {
      pointerY = event.clientY
    }
    // Near an edge the canvas scrolls, in proportion to how close the pointer is, capped.
    const scrollFrame = () => {
      frame = 0
      if (controller.view()?.mode !== 'pointer') return
      const element = o().scrollElement()
      if (element) {
        const rect = element.getBoundingClientRect()
        const step = autoScrollStep(pointerY, rect.top, rect.bottom)
        if (step !== 0) {
          element.scrollTop += step
          aimPointer()
        }
      }
      frame = requestAnimationFrame(scrollFrame)
    }
    const stopPointer = () => {
      window.removeEventListener('pointermove', trackPointer)
      if (frame) cancelAnimationFrame(frame)
      frame = 0
      overId = null
    }

    const finish = (): void => {
      stopPointer()
      stopKeys?.()
      stopKeys = null
      publish()
      setActive(null)
    }

    const drop = (): void => {
      const result = controller.drop()
      finish()
      if (!result) return
      const { store, ui } = o()
      const refused =
        result.ops.length > 0 ? store.getState().dispatch(result.ops, result.historyLabel) : null
      if (refused) {
        const text = refusedMoveText(result.subject, refused.message)
        announcer.say(text)
        ui.notify(text)
      } else {
        announcer.say(result.text)
      }
      ui.focusBlock(result.activeId)
    }

    const cancel = (): void => {
      const view = controller.view()
      const text = controller.cancel()
      finish()
      announcer.say(text)
      if (view) o().ui.focusBlock(view.activeId)
    }

    const keyboard: StepKeyboardOptions = {
      onStep(delta) {
        announcer.say(controller.step(delta))
        const target = controller.view()?.target
        if (target) o().scrollToBlock(target.anchorId)
        publish()
      },
      onDrop: drop,
      onCancel: cancel,
    }

    /** Space/Enter on a handle: a keyboard drag, without dnd-kit (see keyboard-sensor.ts). */
    const keyboardPickUp = (id: string, event: KeyboardEvent): boolean => {
      if (controller.view()) return false
      const text = controller.pickUp(id, 'keyboard')
      if (text === null) return false
      const block = findBlock(o().store.getState().view, id)
      excluded = block ? subtreeIds(block) : new Set([id])
      announcer.say(text)
      stopKeys = listenKeyboardDrag(event, keyboard)
      publish()
      setActive({ id, mode: 'keyboard', count: controller.view()?.subject.count ?? 1 })
      return true
    }

    const onDragStart = (event: DragStartEvent): void => {
      const id = String(event.active.id)
      const mode: DragMode = event.activatorEvent instanceof KeyboardEvent ? 'keyboard' : 'pointer'
      const text = controller.pickUp(id, mode)
      if (text === null) return
      const block = findBlock(o().store.getState().view, id)
      excluded = block ? subtreeIds(block) : new Set([id])
      announcer.say(text)
      if (mode === 'pointer') {
        // PointerEvent is a MouseEvent; the pointer's later moves are tracked on the window.
        if (event.activatorEvent instanceof MouseEvent) pointerY = event.activatorEvent.clientY
        window.addEventListener('pointermove', trackPointer, { passive: true })
        frame = requestAnimationFrame(scrollFrame)
      }
      publish()
      setActive({ id, mode, count: controller.view()?.subject.count ?? 1 })
    }

    const onDragOver = (event: DragOverEvent | DragMoveEvent): void => {
      overId = event.over ? String(event.over.id) : null
      aimPointer()
    }

    return {
      announcer,
      keyboardPickUp,
      dispose: () => {
        stopPointer()
        stopKeys?.()
      },
      collisionDetection: createCollisionDetection({ excluded: () => excluded }),
      onDragStart,
      onDragMove: onDragOver,
      onDragOver,
      // Keyboard drags were already dropped or cancelled by the sensor: these find no drag.
      onDragEnd: () => (controller.view() ? drop() : undefined),
      onDragCancel: () => (controller.view() ? cancel() : undefined),
      announcements: SILENT,
    }
  }

  useEffect(() => handlers.dispose, [handlers])

  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS))

  return { sensors, active, handlers }
}
