// What servers tell each other: "event N for record R is stored" or "presence on R changed". In
// one process (PGlite) a plain in-memory bus; on PostgreSQL, LISTEN/NOTIFY (pg-bus.ts).
import type { EventKind } from './event-store'

export type BusMessage =
  | { type: 'event'; id: number; kind: EventKind; record: string }
  | { type: 'presence'; record: string }

export interface Bus {
  notify(message: BusMessage): Promise<void>
  /**
   * `message` for each message (this server's own included); `resync` after a gap in which
   * messages may have been lost (the LISTEN connection came back).
   */
  start(handlers: { message(message: BusMessage): void; resync(): void }): Promise<void>
  close(): Promise<void>
}

export const createMemoryBus = (): Bus => {
  let deliver: ((message: BusMessage) => void) | null = null
  return {
    notify: (message) => {
      // Asynchronous like NOTIFY: a publisher never runs subscribers inside its own call.
      queueMicrotask(() => deliver?.(message))
      return Promise.resolve()
    },
    start: (handlers) => {
      deliver = handlers.message
      return Promise.resolve()
    },
    close: () => {
      deliver = null
      return Promise.resolve()
    },
  }
}

/** A message as NOTIFY's text payload (at most 8,000 bytes; a record key is at most 512). */
export const encodeMessage = (message: BusMessage): string => JSON.stringify(message)

export const decodeMessage = (text: string): BusMessage | null => {
  try {
    const value = JSON.parse(text) as Partial<Record<string, unknown>>
    if (typeof value.record !== 'string') return null
    if (value.type === 'presence') return { type: 'presence', record: value.record }
    if (
      value.type === 'event' &&
      typeof value.id === 'number' &&
      (value.kind === 'saved' || value.kind === 'comments' || value.kind === 'approvals')
    ) {
      return { type: 'event', id: value.id, kind: value.kind, record: value.record }
    }
    return null
  } catch {
    return null
  }
}
