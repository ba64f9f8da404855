// Which blocks the user is working on. `selectedId` is the primary (the canvas highlights it, the
// field panel edits it); `selectedIds` is the whole multi-selection, acted on as a group by moves,
// duplicates, removes and copies.
import { allIds, findBlock } from '../core'
import type { SliceApi } from './slice-api'
import type { EditorState, EditorStoreState } from './types'

export type SelectionSlice = Pick<EditorState, 'selectedId' | 'selectedIds' | 'selectionAnchor'> &
  Pick<
    EditorStoreState,
    'select' | 'toggleSelected' | 'selectRange' | 'extendSelection' | 'selectAll' | 'selectBlocks'
  >

type SelectionState = Pick<EditorState, 'view' | 'selectedId' | 'selectedIds'>

const EMPTY: ReadonlySet<string> = new Set()
const setCache = new WeakMap<readonly string[], ReadonlySet<string>>()

/** The selection as a set, cached per selection so 1,000 rows can each ask cheaply. */
export function selectionSet(state: Pick<EditorState, 'selectedId' | 'selectedIds'>) {
  if (state.selectedId === null) return EMPTY
  let set = setCache.get(state.selectedIds)
  if (!set) {
    set = new Set(state.selectedIds)
    setCache.set(state.selectedIds, set)
  }
  return set
}
export function isSelected(state: Pick<EditorState, 'selectedId' | 'selectedIds'>, id: string) {
  return selectionSet(state).has(id)
}

/** The selected blocks that still exist, in document order. */
export function selectedBlockIds(state: SelectionState): string[] {
  if (state.selectedId === null) return []
  const set = selectionSet(state)
  if (set.size === 1) return findBlock(state.view, state.selectedId) ? [state.selectedId] : []
  return allIds(state.view).filter((id) => set.has(id))
}

export function createSelectionSlice(api: SliceApi): SelectionSlice {
  const range = (from: string, to: string): string[] | null => {
    const order = allIds(api.get().view)
    const a = order.indexOf(from)
    const b = order.indexOf(to)
    if (a < 0 || b < 0) return null
    return order.slice(Math.min(a, b), Math.max(a, b) + 1)
  }
  return {
    selectedId: null,
    selectedIds: [],
    selectionAnchor: null,
    select(blockId) {
      const s = api.get()
      if (s.selectedId === blockId && s.selectedIds.length === (blockId === null ? 0 : 1)) return
      api.change(() => ({
        selectedId: blockId,
        selectedIds: blockId === null ? [] : [blockId],
        selectionAnchor: blockId,
      }))
    },
    toggleSelected(blockId) {
      const s = api.get()
      const current = s.selectedId === null ? [] : s.selectedIds
      if (!current.includes(blockId)) {
        api.change(() => ({
          selectedId: blockId,
          selectedIds: [...current, blockId],
          selectionAnchor: blockId,
        }))
        return
      }
      const rest = current.filter((id) => id !== blockId)
      const primary = s.selectedId === blockId ? (rest[rest.length - 1] ?? null) : s.selectedId
      api.change(() => ({ selectedId: primary, selectedIds: rest, selectionAnchor: primary }))
    },
    selectRange(blockId) {
      const s = api.get()
      const anchor = s.selectionAnchor ?? s.selectedId ?? blockId
      const ids = range(anchor, blockId) ?? [blockId]
      api.change(() => ({ selectedId: blockId, selectedIds: ids, selectionAnchor: anchor }))
    },
    extendSelection(delta) {
      const s = api.get()
      if (s.selectedId === null) return
      const order = allIds(s.view)
      const next = order[order.indexOf(s.selectedId) + delta]
      if (next === undefined || order.indexOf(s.selectedId) < 0) return
      const anchor = s.selectionAnchor ?? s.selectedId
      const ids = range(anchor, next) ?? [next]
      api.change(() => ({ selectedId: next, selectedIds: ids, selectionAnchor: anchor }))
    },
    selectAll() {
      const ids = allIds(api.get().view)
      const first = ids[0]
      if (first === undefined) return
      const s = api.get()
      const primary = s.selectedId !== null && ids.includes(s.selectedId) ? s.selectedId : first
      api.change(() => ({ selectedId: primary, selectedIds: ids, selectionAnchor: first }))
    },
    selectBlocks(blockIds) {
      const primary = blockIds[blockIds.length - 1] ?? null
      api.change(() => ({
        selectedId: primary,
        selectedIds: primary === null ? [] : [...blockIds],
        selectionAnchor: blockIds[0] ?? null,
      }))
    },
  }
}
