// The canvas: the record's blocks as a virtualised list of cards inside one DndContext. Only the
// rows on screen (plus a margin) are rendered; the held block and the focused one stay mounted
// so a keyboard drag or focus never disappears with a scroll.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core'
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual'
import type { Range } from '@tanstack/react-virtual'
import { findBlock } from '../../core'
import { useEditorStore, useEditorStoreApi } from '../../store'
import { useEditorUi } from '../editor/editor-ui'
import { Icon } from '../shared/Icon'
import { SCREEN_READER_INSTRUCTIONS } from './announcements'
import { locateBlock } from './block-tree'
import { BlockItem } from './BlockItem'
import { DragPreview } from './DragPreview'
import { createDragStore, DragStoreContext } from './drag-store'
import { useCanvasDrag } from './use-canvas-drag'

/** Short documents render every row (no virtual gaps for tests, find-in-page, print). */
const RENDER_ALL_UP_TO = 60
const ESTIMATED_ROW_HEIGHT = 132
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } }
export const ADD_AT_END_ID = 'add-block-at-end'

export const Canvas = memo(function Canvas(props: { scrollRef: RefObject<HTMLElement | null> }) {
  const { scrollRef } = props
  const store = useEditorStoreApi()
  const ui = useEditorUi()
  const view = useEditorStore((s) => s.view)
  const [dragStore] = useState(createDragStore)
  const listRef = useRef<HTMLUListElement>(null)
  const pinned = useRef<{ active: number | null; focus: number | null }>({ active: null, focus: null })

  const rangeExtractor = useCallback((range: Range) => {
    if (range.count <= RENDER_ALL_UP_TO) return Array.from({ length: range.count }, (_, i) => i)
    const indexes = defaultRangeExtractor(range)
    for (const extra of [pinned.current.active, pinned.current.focus]) {
      if (extra !== null && extra < range.count && !indexes.includes(extra)) indexes.push(extra)
    }
    return indexes.sort((a, b) => a - b)
  }, [])

  const getItemKey = useCallback((index: number) => view[index]?.id ?? index, [view])
  const virtualizer = useVirtualizer({
    count: view.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 6,
    getItemKey,
    rangeExtractor,
    scrollMargin: listRef.current?.offsetTop ?? 0,
  })

  const itemElement = useCallback((blockId: string): HTMLElement | null => {
    const escaped = blockId.replace(/["\\]/g, '\\$&')
    return listRef.current?.querySelector<HTMLElement>(`li[data-block-id="${escaped}"]`) ?? null
  }, [])

  const scrollToBlock = useCallback(
    (blockId: string) => {
      const element = itemElement(blockId)
      if (element && typeof element.scrollIntoView === 'function') {
        element.scrollIntoView({ block: 'nearest' })
        return
      }
      const place = locateBlock(store.getState().view, blockId)
      if (place) virtualizer.scrollToIndex(place.topIndex, { align: 'auto' })
    },
    [itemElement, store, virtualizer],
  )

  const { sensors, active, handlers } = useCanvasDrag({
    store,
    ui,
    dragStore,
    scrollToBlock,
    itemElement,
  })
  useLayoutEffect(() => {
    pinned.current.active = active ? (locateBlock(store.getState().view, active.id)?.topIndex ?? null) : null
  }, [active, store])

  // Focus requests (after a drop, a remove, an insert) wait until their row is rendered.
  const pendingFocus = useRef<{ id: string | null } | null>(null)
  const [, setFocusTick] = useState(0)
  useEffect(
    () =>
      ui.register({
        focusBlock(blockId) {
          pendingFocus.current = { id: blockId }
          if (blockId !== null) scrollToBlock(blockId)
          setFocusTick((n) => n + 1)
        },
      }),
    [ui, scrollToBlock],
  )
  useLayoutEffect(() => {
    const request = pendingFocus.current
    if (!request) return
    if (request.id === null) {
      document.getElementById(ADD_AT_END_ID)?.focus()
      pendingFocus.current = null
      return
    }
    const handle = itemElement(request.id)?.querySelector<HTMLElement>('[data-drag-handle]')
    if (handle) {
      handle.focus()
      pendingFocus.current = null
    } else if (!findBlock(store.getState().view, request.id)) {
      pendingFocus.current = null
    }
  })

  const accessibility = useMemo(
    () => ({
      announcements: handlers.announcements,
      screenReaderInstructions: { draggable: SCREEN_READER_INSTRUCTIONS },
      restoreFocus: false,
    }),
    [handlers],
  )

  const onFocusIn = (event: React.FocusEvent<HTMLUListElement>) => {
    const row = (event.target as Element).closest<HTMLElement>('li[data-index]')
    pinned.current.focus = row ? Number(row.dataset.index) : null
  }

  const items = virtualizer.getVirtualItems()
  const margin = virtualizer.options.scrollMargin
  return (
    <DragStoreContext.Provider value={dragStore}>
      <DndContext
        sensors={sensors}
        collisionDetection={handlers.collisionDetection}
        measuring={MEASURING}
        accessibility={accessibility}
        onDragStart={handlers.onDragStart}
        onDragMove={handlers.onDragMove}
        onDragOver={handlers.onDragOver}
        onDragEnd={handlers.onDragEnd}
        onDragCancel={handlers.onDragCancel}
      >
        <ul
          ref={listRef}
          className="block-list"
          aria-label="Blocks"
          style={{ height: virtualizer.getTotalSize() }}
          onFocus={onFocusIn}
        >
          {items.map((item) => {
            const block = view[item.index]
            if (!block) return null
            return (
              <BlockItem
                key={block.id}
                block={block}
                depth={0}
                index={item.index}
                start={item.start - margin}
                setSize={view.length}
                measureRef={virtualizer.measureElement}
              />
            )
          })}
        </ul>
        {view.length === 0 ? (
          <p className="canvas-empty">This record has no blocks yet. Add the first one.</p>
        ) : null}
        <div className="canvas-end">
          <button
            type="button"
            id={ADD_AT_END_ID}
            className="button button--dashed"
            onClick={(e) => ui.openPalette({ kind: 'end' }, e.currentTarget)}
          >
            <Icon name="plus" /> Add block
          </button>
        </div>
        <DragOverlay dropAnimation={null}>
          {active?.mode === 'pointer' ? <DragPreview blockId={active.id} /> : null}
        </DragOverlay>
      </DndContext>
    </DragStoreContext.Provider>
  )
})
