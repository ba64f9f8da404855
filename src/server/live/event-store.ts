// SQL for the replayable events: stored before they are fanned out, so a tab that reconnects with
// the last id it saw gets everything after it. Kept at least EVENT_KEEP_MINUTES.
import type { Queryable } from '../storage/db'

export const EVENT_KEEP_MINUTES = 10

export type EventKind = 'saved' | 'comments' | 'approvals'

export interface StoredEvent {
  id: number
  record: string
  kind: EventKind
  /** The event's data without the record, as JSON. */
  payload: string
}

type EventRow = {
  id: unknown
  record_key: string
  kind: EventKind
  payload: string
}

const eventOf = (row: EventRow): StoredEvent => ({
  id: Number(row.id),
  record: row.record_key,
  kind: row.kind,
  payload: row.payload,
})

/** Most events one replay sends; a tab further behind re-reads the record anyway. */
const REPLAY_LIMIT = 1000

export const createEventStore = (db: Queryable) => ({
  add: async (record: string, kind: EventKind, payload: string): Promise<StoredEvent> => {
    const result = await db.query<{ id: unknown }>(
      'INSERT INTO live_events (record_key, kind, payload) VALUES ($1, $2, $3) RETURNING id',
      [record, kind, payload],
    )
    return { id: Number(result.rows[0]?.id), record, kind, payload }
  },

  byId: async (id: number): Promise<StoredEvent | null> => {
    const result = await db.query<EventRow>(
      'SELECT id, record_key, kind, payload FROM live_events WHERE id = $1',
      [id],
    )
    const row = result.rows[0]
    return row ? eventOf(row) : null
  },

  /** The record's events after `id`, oldest first. */
  after: async (record: string, id: number): Promise<StoredEvent[]> => {
    const result = await db.query<EventRow>(
      `SELECT id, record_key, kind, payload FROM live_events
       WHERE record_key = $1 AND id > $2 ORDER BY id LIMIT ${REPLAY_LIMIT}`,
      [record, id],
    )
    return result.rows.map(eventOf)
  },

  /** Events on any of the records after `id` (catching up after a lost LISTEN connection). */
  afterOnRecords: async (records: readonly string[], id: number): Promise<StoredEvent[]> => {
    const result = await db.query<EventRow>(
      `SELECT id, record_key, kind, payload FROM live_events
       WHERE record_key = ANY($1::text[]) AND id > $2 ORDER BY id LIMIT ${REPLAY_LIMIT}`,
      [records, id],
    )
    return result.rows.map(eventOf)
  },

  lastId: async (): Promise<number> => {
    const result = await db.query<{ id: unknown }>(
      'SELECT coalesce(max(id), 0) AS id FROM live_events',
    )
    return Number(result.rows[0]?.id ?? 0)
  },

  prune: async (): Promise<void> => {
    await db.query(
      `DELETE FROM live_events WHERE created_at < now() - interval '${EVENT_KEEP_MINUTES} minutes'`,
    )
  },
})

export type EventStore = ReturnType<typeof createEventStore>
