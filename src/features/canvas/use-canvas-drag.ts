// Drag and drop on the canvas with @dnd-kit: pointer drags pick the card half under the pointer,
// keyboard drags step through the drop slots one block at a time (also across the virtualised
// list, whose target rows are scrolled into view). A drop dispatches exactly one move; a drop in
// place or a cancel dispatches nothing.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core'
import type {
  DragEndEvent,
  DragMoveEvent,
  DragOverEvent,
  DragStartEvent,
  KeyboardCoordinateGetter,
} from '@dnd-kit/core'
import { blockLabel, findBlock } from '../../core'
import type { Operation } from '../../core'
import type { EditorStoreApi } from '../../store'
import type { EditorUi } from '../editor/editor-ui'
import { droppedText } from './announcements'
import { subtreeIds } from './block-tree'
import { holdKeysUntilSensorListens } from './hold-keys'
import { createCollisionDetection } from './collision'
import { createAnnouncements, type DragSession } from './drag-session'
import type { DragStore } from './drag-store'
import { dropSlots, isOrigin, sideFromPointer, slotIndexOfOrigin, stepSlot } from './drop-target'
import { groupDropOps, heldCount } from './group-drop'
import { refusedMoveText } from './refused-move'

export interface CanvasDragOptions {
  store: EditorStoreApi
  ui: EditorUi
  dragStore: DragStore
  /** Brings a block's card into view (it may not be rendered yet). */
  scrollToBlock(blockId: string): void
  /** Finds a rendered card, to read where it is on screen. */
  itemElement(blockId: string): HTMLElement | null
}

// A 4 px move starts a pointer drag, so a click on the handle still selects the block.
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } }

type Session = DragSession

export function useCanvasDrag(options: CanvasDragOptions) {
  const session = useRef<Session | null>(null)
  const pointerY = useRef(0)
  // The drop announcement is computed in onDragEnd, before dnd-kit asks for it.
  const lastDropText = useRef('')
  const [active, setActive] = useState<{ id: string; mode: Session['mode'] } | null>(null)
  // Bumped on each keyboard step so DndContext re-runs collision detection with the new target.
  const [, setStep] = useState(0)
  const opts = useRef(options)
  useLayoutEffect(() => {
    opts.current = options
  })

  const labelOf = (id: string): string => {
    const { store, ui } = opts.current
    const block = findBlock(store.getState().view, id)
    return block ? blockLabel(block, ui.schemaByType.get(block.type)) : 'the block'
  }

  const dropOps = (s: Session): Operation[] =>
    groupDropOps(opts.current.store.getState(), s.activeId, s.target)

  const publish = (s: Session): void => {
    // No line where the drop would change nothing.
    const shown = dropOps(s).length > 0 ? s.target : null
    opts.current.dragStore.set({ activeId: s.activeId, target: shown })
  }

  const stable = useRef<ReturnType<typeof createHandlers> | null>(null)
  if (!stable.current) stable.current = createHandlers()
  const handlers = stable.current

  function createHandlers() {
    const trackPointer = (event: PointerEvent) => {
      pointerY.current = event.clientY
    }
    const stopTracking = () => window.removeEventListener('pointermove', trackPointer)

    const aimPointer = (overId: string | null): void => {
      const s = session.current
      if (!s || s.mode !== 'pointer') return
      const element = overId ? opts.current.itemElement(overId) : null
      if (!overId || !element) {
        s.target = null
      } else {
        const rect = element.getBoundingClientRect()
        s.target = {
          anchorId: overId,
          side: sideFromPointer(pointerY.current, rect.top, rect.height),
        }
      }
      publish(s)
    }

    let releaseKeys: (() => void) | null = null
    const finish = (): Session | null => {
      const s = session.current
      session.current = null
      stopTracking()
      opts.current.dragStore.set({ activeId: null, target: null })
      setActive(null)
      return s
    }

    const coordinateGetter: KeyboardCoordinateGetter = (event) => {
      const s = session.current
      if (!s || s.mode !== 'keyboard') return undefined
      const delta = event.code === 'ArrowDown' ? 1 : event.code === 'ArrowUp' ? -1 : 0
      if (event.code.startsWith('Arrow')) event.preventDefault()
      if (delta === 0) return undefined
      s.slotIndex = stepSlot(s.slots, s.slotIndex, delta)
      const slot = s.slots[s.slotIndex]
      s.target = slot && !isOrigin(slot) ? slot : null
      if (s.target) opts.current.scrollToBlock(s.target.anchorId)
      publish(s)
      setStep((n) => n + 1)
      // The held card stays put; the drop line shows where it goes.
      return undefined
    }

    const collisionDetection = createCollisionDetection({
      excluded: () => session.current?.excluded ?? new Set(),
      keyboardAnchor: () => {
        const s = session.current
        if (!s || s.mode !== 'keyboard') return undefined
        return s.target?.anchorId ?? null
      },
    })

    const onDragStart = (event: DragStartEvent): void => {
      const id = String(event.active.id)
      const view = opts.current.store.getState().view
      const block = findBlock(view, id)
      if (!block) return
      const keyboard = event.activatorEvent instanceof KeyboardEvent
      const slots = keyboard ? dropSlots(view, id, opts.current.ui.nesting) : []
      session.current = {
        activeId: id,
        mode: keyboard ? 'keyboard' : 'pointer',
        excluded: subtreeIds(block),
        slots,
        slotIndex: slotIndexOfOrigin(slots),
        target: null,
      }
      if (keyboard) releaseKeys = holdKeysUntilSensorListens()
      if (!keyboard) {
        // PointerEvent is a MouseEvent; the pointer's later moves are tracked on the window.
        if (event.activatorEvent instanceof MouseEvent)
          pointerY.current = event.activatorEvent.clientY
        window.addEventListener('pointermove', trackPointer, { passive: true })
      }
      opts.current.dragStore.set({ activeId: id, target: null })
      setActive({ id, mode: keyboard ? 'keyboard' : 'pointer' })
    }

    const onDragMove = (event: DragMoveEvent): void => {
      aimPointer(event.over ? String(event.over.id) : null)
    }

    const onDragOver = (event: DragOverEvent): void => {
      aimPointer(event.over ? String(event.over.id) : null)
    }

    const onDragEnd = (_event: DragEndEvent): void => {
      const s = session.current
      if (!s) return
      const { store, ui } = opts.current
      const ops = dropOps(s)
      const count = heldCount(store.getState(), s.activeId)
      const label = count > 1 ? `${count} blocks` : labelOf(s.activeId)
      lastDropText.current = droppedText(
        label,
        ops.length > 0 ? s.target : null,
        s.target ? labelOf(s.target.anchorId) : '',
      )
      finish()
      const refused = ops.length > 0 ? store.getState().dispatch(ops, `Move ${label}`) : null
      if (refused) {
        lastDropText.current = refusedMoveText(label, refused.message)
        ui.notify(lastDropText.current)
      }
      ui.focusBlock(s.activeId)
    }

    const onDragCancel = (): void => {
      const s = finish()
      if (s) opts.current.ui.focusBlock(s.activeId)
    }

    const announcements = createAnnouncements({
      session: () => session.current,
      // The held block speaks for the selection it carries.
      labelOf: (id) => {
        const s = session.current
        const count = s?.activeId === id ? heldCount(opts.current.store.getState(), id) : 1
        return count > 1 ? `${count} blocks` : labelOf(id)
      },
      dropText: () => lastDropText.current,
    })

    return {
      dispose: () => {
        stopTracking()
        releaseKeys?.()
      },
      coordinateGetter,
      collisionDetection,
      onDragStart,
      onDragMove,
      onDragOver,
      onDragEnd,
      onDragCancel,
      announcements,
    }
  }

  useEffect(() => handlers.dispose, [handlers])

  const keyboardOptions = useMemo(
    () => ({ coordinateGetter: handlers.coordinateGetter }),
    [handlers],
  )
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, keyboardOptions),
  )

  return { sensors, active, handlers }
}
