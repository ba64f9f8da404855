// This tab's id on the live channel: the outbox's tab id where there is one, so a `saved` event
// and this browser's BroadcastChannel name a tab the same way.
import { pageOutbox } from '../outbox/outbox'

let fallback: string | undefined

export function pageTabId(): string {
  return pageOutbox()?.tabId ?? (fallback ??= crypto.randomUUID())
}

/** Live updates need EventSource (every browser we support; not jsdom, so not unit tests). */
export function liveSupported(): boolean {
  return typeof EventSource !== 'undefined'
}
