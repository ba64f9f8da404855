// One open stream as the hub sees it. A stream opened with a last event id replays what it
// missed first; live events arriving meanwhile wait, and an event is never sent twice (the
// replay and the live fan-out, or a catch-up after a lost LISTEN, may both hold it).
import type { StoredEvent } from './event-store'
import type { PresenceRow } from './presence-store'
import type { SseChannel } from './sse'

/** Event ids remembered per stream to drop duplicates. */
const REMEMBERED_IDS = 512

export interface Subscriber {
  readonly row: PresenceRow
  readonly streamId: string
  event(event: StoredEvent): void
  /** The replayed events; afterwards the held-back live events follow. */
  replayed(events: readonly StoredEvent[]): void
  presence(data: string): void
  ping(): void
  close(): void
}

/** One event goes to every stream on its record: its data is written out once. */
const formatted = new WeakMap<StoredEvent, string>()

/** `{"record": …, …data}`: the record first, then the event's own fields. */
export const eventData = (event: StoredEvent): string => {
  const cached = formatted.get(event)
  if (cached !== undefined) return cached
  const data = JSON.parse(event.payload) as Record<string, unknown>
  const text = JSON.stringify({ record: event.record, ...data })
  formatted.set(event, text)
  return text
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
    channel.send({ id: event.id, event: event.kind, data: eventData(event) })
  }

  return {
    row,
    streamId: row.streamId,
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
    presence: (data) => channel.send({ event: 'presence', data }),
    ping: () => channel.comment('ping'),
    close: () => channel.close(),
  }
}
