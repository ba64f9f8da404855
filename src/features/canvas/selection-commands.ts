// The multi-selection gestures (move, duplicate, remove, copy, paste several blocks), each ONE
// dispatch so one undo reverts it. With a single block selected they behave like the block's
// own buttons. Written against the store API so every call reads the latest document.
import { blockLabel, findBlock } from '../../core'
import type { Block, Operation } from '../../core'
import type { EditorStoreApi } from '../../store'
import { selectedBlockIds } from '../../store/selection-slice'
import type { EditorUi } from '../editor/editor-ui'
import { cloneWithFreshIds, CLIPBOARD_KEY, readClipboard } from '../palette/clipboard'
import { insertOperation, type InsertPlace } from '../palette/insert-operation'
import {
  actionableIds,
  duplicateOps,
  insertChainOps,
  moveSelectionOps,
  moveSelectionStepOps,
  placeOf,
  removeOps,
  type DropTarget,
} from '../../core/gestures'

export interface SelectionCommands {
  /** The selected blocks to act on, in document order. */
  ids(): string[]
  moveTo(target: DropTarget): boolean
  step(direction: 'up' | 'down'): boolean
  duplicate(): void
  remove(): void
  copy(): void
  paste(place: InsertPlace): void
}

export function selectionCountText(count: number): string {
  if (count === 0) return 'No block selected'
  return count === 1 ? '1 block selected' : `${count} blocks selected`
}

export function createSelectionCommands(deps: {
  store: EditorStoreApi
  ui: EditorUi
  newId: () => string
  storage: Storage
}): SelectionCommands {
  const { store, ui, newId, storage } = deps
  const state = () => store.getState()
  const ids = () => actionableIds(state().view, selectedBlockIds(state()))
  const what = (list: string[]): string => {
    const only = list.length === 1 ? findBlock(state().view, list[0] as string) : undefined
    return only ? blockLabel(only, ui.schemaByType.get(only.type)) : `${list.length} blocks`
  }
  const run = (ops: Operation[], label: string, failed: string): boolean => {
    if (ops.length === 0) return false
    const failure = state().dispatch(ops, label)
    if (failure) ui.notify(`${failed}: ${failure.message}`)
    return failure === null
  }
  return {
    ids,
    moveTo(target) {
      const list = ids()
      return run(moveSelectionOps(state().view, list, target), `Move ${what(list)}`, 'Not moved')
    },
    step(direction) {
      const list = ids()
      const ops = moveSelectionStepOps(state().view, list, direction)
      const moved = run(ops, `Move ${what(list)} ${direction}`, 'Not moved')
      if (moved) ui.notify(`Moved ${what(list)} ${direction}.`)
      return moved
    },
    duplicate() {
      const list = ids()
      const copies = list.flatMap((id) => {
        const block = findBlock(state().view, id)
        return block ? [cloneWithFreshIds(block, newId)] : []
      })
      if (!run(duplicateOps(list, copies), `Duplicate ${what(list)}`, 'Not duplicated')) return
      state().selectBlocks(copies.map((c) => c.id))
      ui.notify(`Duplicated ${what(list)}.`)
    },
    remove() {
      const view = state().view
      const list = ids()
      const gone = new Set(list)
      const last = placeOf(view, list[list.length - 1] ?? '')
      const first = placeOf(view, list[0] ?? '')
      // Focus goes to the block after the last removed one, else before the first, else the end.
      const after = last?.siblings.slice(last.index + 1).find((b) => !gone.has(b.id))
      const before = first?.siblings
        .slice(0, first.index)
        .reverse()
        .find((b) => !gone.has(b.id))
      const next = after?.id ?? before?.id ?? first?.parentId ?? null
      const label = what(list)
      if (!run(removeOps(view, list), `Remove ${label}`, 'Not removed')) return
      state().select(null)
      ui.focusBlock(next)
      ui.notify(list.length === 1 ? 'Block removed' : `${label} removed`, { undo: true })
    },
    copy() {
      const blocks = ids().flatMap((id) => findBlock(state().view, id) ?? [])
      const [first] = blocks
      if (!first) return
      // The single-block format with the rest alongside: a paste that knows only one block
      // still reads the first.
      storage.setItem(CLIPBOARD_KEY, JSON.stringify({ version: 1, block: first, blocks }))
      ui.notify(`Copied ${what(blocks.map((b) => b.id))}.`)
    },
    paste(place) {
      const blocks = readClipboardBlocks(storage)
      const [first, ...rest] = blocks.map((b) => cloneWithFreshIds(b, newId))
      if (!first) {
        ui.notify('Nothing to paste: copy a block first.')
        return
      }
      const ops = insertChainOps(insertOperation(place, first), first.id, rest)
      const label = blocks.length === 1 ? 'block' : `${blocks.length} blocks`
      if (!run(ops, `Paste ${label}`, 'Not pasted')) return
      state().selectBlocks([first.id, ...rest.map((b) => b.id)])
      ui.focusBlock(first.id)
    },
  }
}

function readClipboardBlocks(storage: Storage): Block[] {
  const single = readClipboard(storage)
  if (!single) return []
  try {
    const parsed = JSON.parse(storage.getItem(CLIPBOARD_KEY) ?? '{}') as { blocks?: unknown }
    if (Array.isArray(parsed.blocks) && parsed.blocks.length > 1) {
      // Each entry is checked the way the single-block reader checks its block.
      const checked = parsed.blocks.flatMap((block: unknown) => {
        const probe = { getItem: () => JSON.stringify({ version: 1, block }) }
        return readClipboard(probe as unknown as Storage) ?? []
      })
      if (checked.length === parsed.blocks.length) return checked
    }
  } catch {
    // Fall back to the single block the reader already validated.
  }
  return [single]
}
