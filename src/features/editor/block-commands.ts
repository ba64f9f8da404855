// The block gestures of the canvas and the palette, each ONE dispatch of Basker operations.
// Written against the store API (not React state) so every call reads the latest document.
import { blockLabel, createBlock, findBlock } from '../../core'
import type { Block, BlockTypeSchema } from '../../core'
import type { EditorStoreApi } from '../../store'
import { placeOf } from '../../core/gestures'
import { cloneWithFreshIds, readClipboard, writeClipboard } from '../palette/clipboard'
import { insertOperation, type InsertPlace } from '../palette/insert-operation'
import type { EditorUi } from './editor-ui'

export interface BlockCommands {
  insert(place: InsertPlace, schemaType: BlockTypeSchema): void
  duplicate(blockId: string): void
  copy(blockId: string): void
  paste(place: InsertPlace): void
  remove(blockId: string): void
}

export interface CommandDeps {
  store: EditorStoreApi
  ui: EditorUi
  newId: () => string
  storage: Storage
}

export function createBlockCommands({ store, ui, newId, storage }: CommandDeps): BlockCommands {
  const state = () => store.getState()
  const label = (block: Block) => blockLabel(block, ui.schemaByType.get(block.type))

  const insertBlock = (place: InsertPlace, block: Block, what: string): void => {
    const failure = state().dispatch([insertOperation(place, block)], what)
    if (failure) {
      ui.notify(`Could not add the block: ${failure.message}`)
      return
    }
    state().select(block.id)
    ui.focusBlock(block.id)
  }

  return {
    insert(place, schemaType) {
      insertBlock(place, createBlock(schemaType, newId()), `Add ${schemaType.label}`)
    },
    duplicate(blockId) {
      const block = findBlock(state().view, blockId)
      if (!block) return
      const copy = cloneWithFreshIds(block, newId)
      insertBlock({ kind: 'after', blockId }, copy, `Duplicate ${label(block)}`)
    },
    copy(blockId) {
      const block = findBlock(state().view, blockId)
      if (!block) return
      writeClipboard(storage, block)
      ui.notify(`Copied ${label(block)}.`)
    },
    paste(place) {
      const block = readClipboard(storage)
      if (!block) {
        ui.notify('Nothing to paste: copy a block first.')
        return
      }
      insertBlock(place, cloneWithFreshIds(block, newId), `Paste ${label(block)}`)
    },
    remove(blockId) {
      const view = state().view
      const place = placeOf(view, blockId)
      if (!place) return
      // Focus goes to the next block, else the previous one, else the container, else the end.
      const next =
        place.siblings[place.index + 1]?.id ?? place.siblings[place.index - 1]?.id ?? place.parentId
      const failure = state().dispatch([{ op: 'remove', blockId }], `Remove ${label(place.block)}`)
      if (failure) {
        ui.notify(`Could not remove the block: ${failure.message}`)
        return
      }
      if (state().selectedId === blockId) state().select(null)
      ui.focusBlock(next)
      ui.notify('Block removed', { undo: true })
    },
  }
}
