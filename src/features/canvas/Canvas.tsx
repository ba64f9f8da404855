// The canvas: the record's blocks as cards inside one DndContext. Long documents are virtualised
// (only the rows on screen, plus a margin, are rendered; the held and the focused row stay
// mounted so a keyboard drag or focus never vanishes with a scroll). Short ones render in flow.
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { FocusEvent, ReactNode } from 'react'
import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core'
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual'
import type { Range } from '@tanstack/react-virtual'
import { useEditorStore, useEditorStoreApi } from '../../store'
import { useEditorUi } from '../editor/editor-ui'
import { usePageTheme } from '../blocks-view'
import { Icon } from '../shared/Icon'
import { SCREEN_READER_INSTRUCTIONS, topIndexOf } from '../../core/gestures'
import { BlockItem } from './BlockItem'
import { DragLiveRegion } from './drag-live-region'
import { DragPreview } from './DragPreview'
import { createDragStore, DragStoreContext, KeyboardPickUpContext } from './drag-store'
import { useCanvasDrag } from './use-canvas-drag'
import { useFocusRequests } from './use-focus-requests'
import { SelectionBar } from './SelectionBar'
import { useCanvasKeys } from './use-canvas-keys'
import { useScrollToSelection } from './use-scroll-to-selection'
import { useTopLevelBlock, useTopLevelIds } from './use-top-level'

/** Up to this many top-level blocks everything is rendered (no virtual gaps, find-in-page). */
export const RENDER_ALL_UP_TO = 60
const ESTIMATED_ROW_HEIGHT = 132
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } }
export const ADD_AT_END_ID = 'add-block-at-end'

/** The scrolling canvas; `before` is rendered above the list (notices about the record). */
export const Canvas = memo(function Canvas(props: { before?: ReactNode }) {
  // The canvas owns its scroll container: the virtualizer must see it on its first layout pass.
  const scrollRef = useRef<HTMLDivElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const store = useEditorStoreApi()
  const ui = useEditorUi()
  const ids = useTopLevelIds()
  const recordRef = useEditorStore((s) => s.ref)
  const theme = usePageTheme(recordRef)
  const [dragStore] = useState(createDragStore)
  const pinned = useRef<{ active: number | null; focus: number | null }>({
    active: null,
    focus: null,
  })
  const virtual = ids.length > RENDER_ALL_UP_TO

  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range)
    for (const extra of [pinned.current.active, pinned.current.focus]) {
      if (extra !== null && extra < range.count && !indexes.includes(extra)) indexes.push(extra)
    }
    return indexes.sort((a, b) => a - b)
  }, [])
  const getItemKey = useCallback((index: number) => ids[index] ?? index, [ids])
  const virtualizer = useVirtualizer({
    count: virtual ? ids.length : 0,
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
  const scrollToIndex = useCallback(
    (topIndex: number) => virtualizer.scrollToIndex(topIndex, { align: 'auto' }),
    [virtualizer],
  )
  const scrollToBlock = useCallback(
    (blockId: string) => {
      const element = itemElement(blockId)
      if (element && typeof element.scrollIntoView === 'function') {
        element.scrollIntoView({ block: 'nearest' })
        return
      }
      const topIndex = topIndexOf(store.getState().view, blockId)
      if (topIndex !== null) scrollToIndex(topIndex)
    },
    [itemElement, scrollToIndex, store],
  )

  const { sensors, active, handlers } = useCanvasDrag({
    store,
    ui,
    dragStore,
    scrollToBlock,
    itemElement,
    scrollElement: useCallback(() => scrollRef.current, []),
  })
  useLayoutEffect(() => {
    pinned.current.active = active ? topIndexOf(store.getState().view, active.id) : null
  }, [active, store])
  useFocusRequests({ ui, store, itemElement, scrollToIndex, endId: ADD_AT_END_ID })
  useScrollToSelection(store, scrollToBlock)
  const onKeyDown = useCanvasKeys(store, ui, dragStore)

  const accessibility = useMemo(
    () => ({
      announcements: handlers.announcements,
      screenReaderInstructions: { draggable: SCREEN_READER_INSTRUCTIONS },
      restoreFocus: false,
    }),
    [handlers],
  )
  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const row = (event.target as Element).closest<HTMLElement>('li[data-index]')
    pinned.current.focus = row ? Number(row.dataset.index) : null
  }

  const margin = virtualizer.options.scrollMargin
  const rows = virtual
    ? virtualizer.getVirtualItems().map((item) => {
        const id = ids[item.index]
        return id === undefined ? null : (
          <TopBlockItem
            key={id}
            id={id}
            index={item.index}
            start={item.start - margin}
            setSize={ids.length}
            measureRef={virtualizer.measureElement}
          />
        )
      })
    : ids.map((id, index) => <TopBlockItem key={id} id={id} index={index} />)

  return (
    <div className="canvas-scroll" ref={scrollRef}>
      <main className="canvas" aria-label="Canvas" onKeyDown={onKeyDown}>
        {props.before}
        {/* Floats over the page (zero height in the flow): selecting never moves the blocks. */}
        <div className="selection-bar-slot">
          <SelectionBar />
        </div>
        <DragStoreContext.Provider value={dragStore}>
          <KeyboardPickUpContext.Provider value={handlers.keyboardPickUp}>
            <DndContext
              sensors={sensors}
              collisionDetection={handlers.collisionDetection}
              measuring={MEASURING}
              // The controller's hook scrolls near the edges, at a capped speed (auto-scroll.ts).
              autoScroll={false}
              accessibility={accessibility}
              onDragStart={handlers.onDragStart}
              onDragMove={handlers.onDragMove}
              onDragOver={handlers.onDragOver}
              onDragEnd={handlers.onDragEnd}
              onDragCancel={handlers.onDragCancel}
            >
              <ul
                ref={listRef}
                className={`block-list page-surface ${theme.className}`}
                aria-label="Blocks"
                style={
                  virtual ? { ...theme.style, height: virtualizer.getTotalSize() } : theme.style
                }
                onFocus={onFocus}
              >
                {rows}
              </ul>
              {ids.length === 0 ? (
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
                {active?.mode === 'pointer' ? (
                  <DragPreview blockId={active.id} count={active.count} />
                ) : null}
              </DragOverlay>
              <DragLiveRegion announcer={handlers.announcer} />
            </DndContext>
          </KeyboardPickUpContext.Provider>
        </DragStoreContext.Provider>
      </main>
    </div>
  )
})

/** A top-level row: reads its own block, so an edit re-renders this row and not the canvas. */
const TopBlockItem = memo(function TopBlockItem(props: {
  id: string
  index: number
  start?: number
  setSize?: number
  measureRef?: (element: HTMLElement | null) => void
}) {
  const { id, ...rest } = props
  const block = useTopLevelBlock(id, props.index)
  return block ? <BlockItem block={block} depth={0} {...rest} /> : null
})
