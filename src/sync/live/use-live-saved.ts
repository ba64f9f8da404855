// After each save of this tab that landed: POST /api/live/saved, so every other tab on the record
// (any browser, any server) re-reads and rebases at once instead of meeting a 409 later.
import { useCallback } from 'react'
import { useApiFetch } from '../adapter-context'
import type { SavedMessage } from '../outbox/record-channel'
import { postSaved } from './live-api'
import { liveSupported, pageTabId } from './page-tab'

export function useLiveSaved(): ((message: SavedMessage) => void) | undefined {
  const apiFetch = useApiFetch()
  const announce = useCallback(
    (message: SavedMessage) => {
      const body = { record: message.recordKey, tab: pageTabId(), version: message.version }
      // Best effort: the others still meet the change at their next save or re-read.
      postSaved(apiFetch, body).catch(() => undefined)
    },
    [apiFetch],
  )
  return liveSupported() ? announce : undefined
}
