// Tells the other tabs of this browser that a record was saved, so they re-read it and rebase
// their own unsaved edits instead of waiting for a 409 to find out.
export interface SavedMessage {
  recordKey: string
  tabId: string
  version: string | null
}

const CHANNEL = 'block-editor-saved'

function isSavedMessage(data: unknown): data is SavedMessage {
  if (typeof data !== 'object' || data === null) return false
  const m = data as Record<string, unknown>
  return (
    typeof m.recordKey === 'string' &&
    typeof m.tabId === 'string' &&
    (typeof m.version === 'string' || m.version === null)
  )
}

export function announceSaved(message: SavedMessage): void {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(CHANNEL)
  channel.postMessage(message)
  channel.close()
}

/** Calls `onSaved` for every save another tab announces; returns the unsubscribe. */
export function listenSaved(onSaved: (message: SavedMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(CHANNEL)
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isSavedMessage(event.data)) onSaved(event.data)
  }
  return () => channel.close()
}
