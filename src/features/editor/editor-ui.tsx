// What the editor's pieces share besides the store: the schema by type, whether blocks nest, and
// a few commands that cross features (open the palette, move focus to a block, show a notice).
// The value is stable for the editor's lifetime, so reading it never re-renders a card.
import { createContext, useContext } from 'react'
import type { BlockTypeSchema } from '../../core'
import type { InsertPlace } from '../palette/insert-operation'

export interface Notice {
  id: number
  text: string
  /** Offer to undo the change the notice reports. */
  undo?: boolean
}

export interface EditorUi {
  schemaByType: ReadonlyMap<string, BlockTypeSchema>
  nesting: boolean
  openPalette(place: InsertPlace, opener: HTMLElement | null): void
  /** Moves focus to a block's drag handle (scrolling it into view); null → the end of the list. */
  focusBlock(blockId: string | null): void
  notify(text: string, options?: { undo?: boolean }): void
  /** Hosts (canvas, palette, notices) plug in the handlers behind the commands above. */
  register(handlers: EditorUiHandlers): () => void
}

export const EditorUiContext = createContext<EditorUi | null>(null)

export function useEditorUi(): EditorUi {
  const ui = useContext(EditorUiContext)
  if (!ui) throw new Error('useEditorUi must be used inside the editor')
  return ui
}

export interface EditorUiHandlers {
  openPalette?: EditorUi['openPalette']
  focusBlock?: EditorUi['focusBlock']
  notify?: EditorUi['notify']
}

export function createEditorUi(schema: readonly BlockTypeSchema[], nesting: boolean): EditorUi {
  const handlers: EditorUiHandlers = {}
  return {
    schemaByType: new Map(schema.map((t) => [t.type, t])),
    nesting,
    openPalette: (place, opener) => handlers.openPalette?.(place, opener),
    focusBlock: (id) => handlers.focusBlock?.(id),
    notify: (text, options) => handlers.notify?.(text, options),
    register(next) {
      Object.assign(handlers, next)
      return () => {
        for (const key of Object.keys(next) as (keyof EditorUiHandlers)[]) {
          if (handlers[key] === next[key]) delete handlers[key]
        }
      }
    },
  }
}
