// The WAI-ARIA tree pattern on the outline's rows: Up/Down move (the selection follows; Shift
// extends it, Ctrl/Cmd moves focus only), Home/End, Right opens a container or enters it, Left
// closes it or goes to its parent, Space/Enter select (Ctrl/Cmd toggles), Ctrl/Cmd+A selects all.
import { useCallback } from 'react'
import type { KeyboardEvent } from 'react'
import type { EditorStoreApi } from '../../store'
import type { OutlineRow } from './outline-rows'

export function useTreeKeys(options: {
  store: EditorStoreApi
  rows: readonly OutlineRow[]
  currentId: string | null
  focusRow(blockId: string): void
  setExpanded(blockId: string, expanded: boolean): void
}) {
  const { store, rows, currentId, focusRow, setExpanded } = options
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented) return
      const state = store.getState()
      const command = event.ctrlKey || event.metaKey
      if (command && event.key.toLowerCase() === 'a') {
        event.preventDefault()
        state.selectAll()
        return
      }
      const index = rows.findIndex((r) => r.block.id === currentId)
      const row = rows[index]
      const go = (target: OutlineRow | undefined) => {
        if (!target) return
        const id = target.block.id
        if (event.shiftKey) state.selectRange(id)
        else if (!command) state.select(id)
        focusRow(id)
      }
      const onRow = (event.target as Element).getAttribute('role') === 'treeitem'
      switch (event.key) {
        case 'ArrowDown':
          go(rows[index < 0 ? 0 : index + 1])
          break
        case 'ArrowUp':
          go(rows[index < 0 ? 0 : index - 1])
          break
        case 'Home':
          go(rows[0])
          break
        case 'End':
          go(rows[rows.length - 1])
          break
        case 'ArrowRight':
          if (row?.expanded === false) setExpanded(row.block.id, true)
          else if (row?.expanded === true && rows[index + 1]?.parentId === row.block.id)
            focusRow((rows[index + 1] as OutlineRow).block.id)
          break
        case 'ArrowLeft':
          if (row?.expanded === true) setExpanded(row.block.id, false)
          else if (row?.parentId) focusRow(row.parentId)
          break
        case ' ':
        case 'Enter':
          // On the handle these keys pick the block up; on the row they select it.
          if (!onRow || !row) return
          if (command) state.toggleSelected(row.block.id)
          else if (event.shiftKey) state.selectRange(row.block.id)
          else state.select(row.block.id)
          break
        default:
          return
      }
      event.preventDefault()
    },
    [store, rows, currentId, focusRow, setExpanded],
  )
}
