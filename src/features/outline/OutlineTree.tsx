// The outline's tree: one treeitem per visible block, virtualised (fixed-height rows) so 10,000
// blocks cost only the rows on screen. The focused and the held rows stay mounted, so focus and
// a keyboard drag survive scrolling. The selection is shared with the canvas: selecting there
// opens the containers above the block and scrolls its row into view.
import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { FocusEvent, MouseEvent } from 'react'
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual'
import type { Range } from '@tanstack/react-virtual'
import { blockLabel } from '../../core'
import type { Block } from '../../core'
import { useEditorStore, useEditorStoreApi } from '../../store'
import { useStableIds } from '../shared/use-stable-ids'
import { selectByClick } from '../canvas/select-by-click'
import { useEditorUi } from '../editor/editor-ui'
import { ancestorIds, outlineRows, type OutlineRow as OutlineRowData } from './outline-rows'
import { OutlineRow, type OutlineRowHandlers } from './OutlineRow'
import { useOutlineDrag } from './use-outline-drag'
import { useTreeKeys } from './use-tree-keys'

const ROW_HEIGHT = 32
/** Up to this many rows everything is rendered (find-in-page works, nothing to measure). */
const RENDER_ALL_UP_TO = 100

const rowId = (row: { block: Block }): string => row.block.id

export function OutlineTree({ filter }: { filter: string }) {
  const store = useEditorStoreApi()
  const ui = useEditorUi()
  // Deferred: the rows are a walk of the whole page (10,000 blocks: several ms, and a Map as
  // large), so a keystroke or a drop paints on the canvas first and the outline follows in a
  // render of its own instead of lengthening the key's task.
  const view = useDeferredValue(useEditorStore((s) => s.view))
  const selectedId = useEditorStore((s) => s.selectedId)
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set())
  const [focusedId, setFocusedId] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const scrollRef = useRef<HTMLDivElement>(null)
  const pendingFocus = useRef<{ id: string; handle: boolean } | null>(null)
  const pinned = useRef<number[]>([])

  // The last rows, for outlineRows to reuse (a cache only: every row is compared again).
  const lastRows = useRef<readonly OutlineRowData[]>([])
  const rows = useMemo(() => {
    const next = outlineRows(
      view,
      {
        collapsed,
        filter,
        isContainer: (b: Block) =>
          ui.nesting && (ui.schemaByType.get(b.type)?.container === true || !!b.children),
        searchText: (b: Block) => {
          const type = ui.schemaByType.get(b.type)
          return `${blockLabel(b, type)} ${type?.label ?? ''} ${b.type}`
        },
      },
      lastRows.current,
    )
    lastRows.current = next
    return next
  }, [view, collapsed, filter, ui])
  const rowIds = useStableIds(rows, rowId)
  const getItemKey = useCallback((index: number) => rowIds[index] ?? index, [rowIds])
  // Keyed on the ids, not the rows: typing changes a row, never where a row is.
  const indexById = useMemo(() => new Map(rowIds.map((id, i) => [id, i])), [rowIds])

  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range)
    for (const extra of pinned.current) {
      if (extra < range.count && !indexes.includes(extra)) indexes.push(extra)
    }
    return indexes.sort((a, b) => a - b)
  }, [])
  const virtual = rows.length > RENDER_ALL_UP_TO
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey,
    rangeExtractor,
  })

  const reveal = useCallback(
    (id: string) => {
      const index = indexById.get(id)
      if (index === undefined) return
      if (virtual) {
        virtualizer.scrollToIndex(index, { align: 'auto' })
        return
      }
      const row = scrollRef.current?.querySelector(`[data-index="${index}"]`)
      if (row && typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'nearest' })
    },
    [indexById, virtualizer, virtual],
  )
  const requestFocus = useCallback(
    (id: string, handle: boolean) => {
      pendingFocus.current = { id, handle }
      setFocusedId(id)
      reveal(id)
    },
    [reveal],
  )
  const focusRow = useCallback((id: string) => requestFocus(id, false), [requestFocus])
  const focusHandle = useCallback((id: string) => requestFocus(id, true), [requestFocus])

  const drag = useOutlineDrag({
    store,
    ui,
    announce: setAnnouncement,
    revealRow: reveal,
    focusHandle,
  })
  const { onHandleKeyDown, onHandlePointerDown, onHandlePointerMove } = drag
  const { onHandlePointerUp, onHandleBlur } = drag
  const setExpanded = useCallback((id: string, expanded: boolean) => {
    setCollapsed((previous) => {
      const next = new Set(previous)
      if (expanded) next.delete(id)
      else next.add(id)
      return next
    })
  }, [])

  const currentId =
    (focusedId !== null && indexById.has(focusedId) ? focusedId : null) ??
    (selectedId !== null && indexById.has(selectedId) ? selectedId : null) ??
    rows[0]?.block.id ??
    null
  pinned.current = [currentId, drag.held?.activeId ?? null].flatMap((id) => {
    const index = id === null ? undefined : indexById.get(id)
    return index === undefined ? [] : [index]
  })

  // Focus requests are served once the row is rendered (after the scroll that brings it).
  useLayoutEffect(() => {
    const request = pendingFocus.current
    if (!request) return
    const row = scrollRef.current?.querySelector<HTMLElement>(
      `[data-outline-id="${request.id.replace(/["\\]/g, '\\$&')}"]`,
    )
    if (!row) return
    pendingFocus.current = null
    const target = request.handle ? row.querySelector<HTMLElement>('button') : row
    target?.focus({ preventScroll: true })
  })

  // A block selected elsewhere (the canvas) is shown: its containers open, its row scrolls in.
  const shownSelection = useRef<string | null>(null)
  useLayoutEffect(() => {
    if (selectedId === null || selectedId === shownSelection.current) return
    const hidden = (ancestorIds(view, selectedId) ?? []).filter((id) => collapsed.has(id))
    if (hidden.length > 0) {
      setCollapsed((previous) => new Set([...previous].filter((id) => !hidden.includes(id))))
      return
    }
    shownSelection.current = selectedId
    reveal(selectedId)
  }, [selectedId, view, collapsed, reveal])

  const handlers = useMemo<OutlineRowHandlers>(
    () => ({
      onRowClick(id: string, event: MouseEvent<HTMLElement>) {
        selectByClick(store.getState(), id, event)
        setFocusedId(id)
      },
      onToggle: (id: string) => setCollapsed((previous) => toggled(previous, id)),
      onHandleKeyDown,
      onHandlePointerDown,
      onHandlePointerMove,
      onHandlePointerUp,
      onHandleBlur,
    }),
    [
      store,
      onHandleKeyDown,
      onHandlePointerDown,
      onHandlePointerMove,
      onHandlePointerUp,
      onHandleBlur,
    ],
  )
  const onKeyDown = useTreeKeys({ store, rows, currentId, focusRow, setExpanded })
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const row = (event.target as Element).closest<HTMLElement>('[data-outline-id]')
    if (row?.dataset.outlineId) setFocusedId(row.dataset.outlineId)
  }

  return (
    <>
      <div className="outline-scroll" ref={scrollRef}>
        {rows.length === 0 ? (
          <p className="outline-panel__empty">No block matches “{filter.trim()}”.</p>
        ) : (
          <div
            role="tree"
            aria-label="Outline"
            aria-multiselectable="true"
            className="outline-tree"
            style={{ height: virtual ? virtualizer.getTotalSize() : rows.length * ROW_HEIGHT }}
            onKeyDown={onKeyDown}
            onFocus={onFocus}
          >
            {(virtual ? virtualizer.getVirtualItems() : allItems(rows.length)).map((item) => {
              const row = rows[item.index]
              if (!row) return null
              const id = row.block.id
              const target = drag.held?.target
              return (
                <OutlineRow
                  key={id}
                  row={row}
                  index={item.index}
                  top={item.start}
                  tabbable={id === currentId}
                  held={drag.held?.activeId === id}
                  dropSide={target?.anchorId === id ? target.side : null}
                  dropRefused={drag.held?.refused === true}
                  handlers={handlers}
                />
              )
            })}
          </div>
        )}
      </div>
      <div className="visually-hidden" role="status" aria-live="assertive">
        {announcement}
      </div>
    </>
  )
}

function allItems(count: number): { index: number; start: number }[] {
  return Array.from({ length: count }, (_, index) => ({ index, start: index * ROW_HEIGHT }))
}

function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return next
}
