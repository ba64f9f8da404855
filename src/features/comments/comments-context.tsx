// What the canvas, the side panel and the review share about the record's comments: its record
// key, the per-block counts and a way to open a block's thread panel. The value is stable for
// the record, so reading it never re-renders a card; the panel's own state lives in the host.
import { createContext, useContext } from 'react'
import type { CountStore } from './count-store'

export interface PanelTarget {
  blockId: string
  blockLabel: string
  /** Focus the new-comment box rather than the panel's title. */
  startNew: boolean
}

export interface CommentsApi {
  recordKey: string
  counts: CountStore
  open(target: PanelTarget, opener: HTMLElement | null): void
}

export const CommentsContext = createContext<CommentsApi | null>(null)

/** Null outside a record (component tests of the canvas alone): comment controls hide. */
export function useCommentsApi(): CommentsApi | null {
  return useContext(CommentsContext)
}
