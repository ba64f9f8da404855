// One record's live stream (GET /api/live/stream): an EventSource that is reopened with backoff
// whenever it drops, asking for everything after the last event id it saw (`since=`), so a blip
// loses no `saved` or `comments` event. The browser's own reconnect is not used: it gives up for
// good on an HTTP error (a restarting server's 502) and cannot back off.
import { LIVE_EVENT_KINDS, parseLiveEvent } from './live-events'
import type { LiveEvent } from './live-events'
import { liveReconnectDelay } from './reconnect-backoff'

/** The part of EventSource the connection uses (tests pass a fake). */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: Event) => void): void
  close(): void
}

export interface LiveTimers {
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface LiveConnectionOptions {
  recordKey: string
  tabId: string
  /** This tab's name in local mode ("Tab 2"); the server shows "Local admin (Tab 2)". */
  label: string
  onEvent(event: LiveEvent): void
  /** The stream is open (again): presence may be re-sent. `resumed`: it had dropped before. */
  onOpen?(resumed: boolean): void
  createSource?: (url: string) => EventSourceLike
  timers?: LiveTimers
  random?: () => number
}

export interface LiveConnection {
  close(): void
}

export function liveStreamUrl(options: {
  recordKey: string
  tabId: string
  label: string
  since: string | null
}): string {
  const query = new URLSearchParams({
    record: options.recordKey,
    tab: options.tabId,
    label: options.label,
  })
  if (options.since !== null) query.set('since', options.since)
  return `/api/live/stream?${query.toString()}`
}

const browserTimers: LiveTimers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}

function messageOf(event: Event): { data: string; lastEventId: string } | null {
  const { data, lastEventId } = event as Partial<MessageEvent<unknown>>
  if (typeof data !== 'string') return null
  return { data, lastEventId: typeof lastEventId === 'string' ? lastEventId : '' }
}

export function openLiveConnection(options: LiveConnectionOptions): LiveConnection {
  const createSource = options.createSource ?? ((url: string) => new EventSource(url))
  const timers = options.timers ?? browserTimers
  const random = options.random ?? Math.random
  let source: EventSourceLike | null = null
  let lastEventId: string | null = null
  let attempt = 0
  let dropped = false
  let timer: unknown = null
  let closed = false

  const connect = () => {
    timer = null
    if (closed) return
    const current = createSource(
      liveStreamUrl({
        recordKey: options.recordKey,
        tabId: options.tabId,
        label: options.label,
        since: lastEventId,
      }),
    )
    source = current
    current.addEventListener('open', () => {
      if (source !== current) return
      attempt = 0
      options.onOpen?.(dropped)
    })
    current.addEventListener('error', () => {
      if (source !== current || closed) return
      current.close()
      source = null
      dropped = true
      timer = timers.setTimeout(connect, liveReconnectDelay(attempt, random))
      attempt += 1
    })
    for (const kind of LIVE_EVENT_KINDS) {
      current.addEventListener(kind, (event) => {
        if (source !== current) return
        const message = messageOf(event)
        if (!message) return
        if (message.lastEventId !== '') lastEventId = message.lastEventId
        const parsed = parseLiveEvent(kind, message.data)
        // Another record's event would be a server bug; it must not touch this editor.
        if (parsed && parsed.record === options.recordKey) options.onEvent(parsed)
      })
    }
  }

  connect()
  return {
    close() {
      closed = true
      if (timer !== null) timers.clearTimeout(timer)
      source?.close()
      source = null
    },
  }
}
