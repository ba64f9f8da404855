// One open stream as the hub sees it. A stream opened with a last event id replays what it
// missed first; live events arriving meanwhile wait, and an event is never sent twice (the
// replay and the live fan-out, or a catch-up after a lost LISTEN, may both hold it).
import type { StoredEvent } from './event-store'
import type { PresenceRow } from './presence-store'
import { encodeMessage, type SseChannel } from './sse'

/** Event ids remembered per stream to drop duplicates. */
const REMEMBERED_IDS = 512

export interface Subscriber {
  readonly row: PresenceRow
  readonly streamId: string
  /** Its presence row is written (the heartbeat restores only rows of joined streams). */
  joined: boolean
  event(event: StoredEvent): void
  /** The replayed events; afterwards the held-back live events follow. */
  replayed(events: readonly StoredEvent[]): void
  /** The record's presence list, encoded once for all its streams. */
  presence(bytes: Uint8Array<ArrayBuffer>): void
  ping(): void
  close(): void
}

/** One event goes to every stream on its record: it is written out and encoded once. */
const encoded = new WeakMap<StoredEvent, Uint8Array<ArrayBuffer>>()

/** `{"record": …, …data}`: the record first, then the event's own fields. */
export const eventData = (event: StoredEvent): string => {
  const data = JSON.parse(event.payload) as Record<string, unknown>
  return JSON.stringify({ record: event.record, ...data })
}

const eventBytes = (event: StoredEvent): Uint8Array<ArrayBuffer> => {
  const cached = encoded.get(event)
  if (cached) return cached
  const bytes = encodeMessage({ id: event.id, event: event.kind, data: eventData(event) })
  encoded.set(event, bytes)
  return bytes
}

export const createSubscriber = (
  row: PresenceRow,
  channel: SseChannel,
  replaying: boolean,
): Subscriber => {
  const sent = new Set<number>()
  let held: StoredEvent[] | null = replaying ? [] : null

  const send = (event: StoredEvent): void => {
    if (sent.has(event.id)) return
    sent.add(event.id)
    if (sent.size > REMEMBERED_IDS) {
      const oldest = sent.values().next().value
      if (oldest !== undefined) sent.delete(oldest)
    }
    channel.sendEncoded(eventBytes(event))
  }

  return {
    row,
    streamId: row.streamId,
    joined: false,
    event: (event) => {
      if (held) held.push(event)
      else send(event)
    },
    replayed: (events) => {
      for (const event of events) send(event)
      const waiting = held ?? []
      held = null
      for (const event of waiting) send(event)
    },
    presence: (bytes) => channel.sendEncoded(bytes),
    ping: () => channel.comment('ping'),
    close: () => channel.close(),
  }
}
