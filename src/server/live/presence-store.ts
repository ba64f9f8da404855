// SQL for the presence rows. A row belongs to one stream (stream_id): a tab that reconnects takes
// its row over, so the old stream's late close cannot remove the tab that is still there.
import type { Queryable } from '../storage/db'

/** A row older than this is a tab whose server stopped beating (crashed, cut off): ignored. */
export const PRESENCE_TTL_SECONDS = 15

export interface Person {
  tab: string
  userId: string
  name: string
  blockId: string | null
  typing: boolean
  since: string
}

export interface PresenceRow {
  record: string
  tab: string
  streamId: string
  userId: string
  name: string
}

const FRESH = `seen_at > now() - interval '${PRESENCE_TTL_SECONDS} seconds'`

const isoOf = (value: unknown): string =>
  new Date(value instanceof Date ? value : String(value)).toISOString()

export const createPresenceStore = (db: Queryable, serverId: string) => ({
  /** Puts the tab on the record (or hands its row to this stream); keeps its selection. */
  join: async (row: PresenceRow): Promise<void> => {
    await db.query(
      `INSERT INTO live_presence
         (record_key, tab_id, stream_id, server_id, user_id, name, since, seen_at)
       VALUES ($1, $2, $3, $4, $5, $6, now(), now())
       ON CONFLICT (record_key, tab_id) DO UPDATE SET
         stream_id = EXCLUDED.stream_id, server_id = EXCLUDED.server_id,
         user_id = EXCLUDED.user_id, name = EXCLUDED.name, seen_at = now(),
         since = CASE WHEN live_presence.seen_at > now() - interval '${PRESENCE_TTL_SECONDS} seconds' THEN live_presence.since ELSE now() END`,
      [row.record, row.tab, row.streamId, serverId, row.userId, row.name],
    )
  },

  /**
   * Puts back a row that went while this server still holds the stream (a long pause let another
   * server expire it); never takes a row from the tab's newer stream elsewhere.
   */
  restore: async (row: PresenceRow): Promise<boolean> => {
    const result = await db.query(
      `INSERT INTO live_presence
         (record_key, tab_id, stream_id, server_id, user_id, name, since, seen_at)
       VALUES ($1, $2, $3, $4, $5, $6, now(), now())
       ON CONFLICT (record_key, tab_id) DO NOTHING`,
      [row.record, row.tab, row.streamId, serverId, row.userId, row.name],
    )
    return result.rowCount > 0
  },

  /** Removes the tab if this stream still holds its row; true when a row went. */
  leave: async (record: string, tab: string, streamId: string): Promise<boolean> => {
    const result = await db.query(
      'DELETE FROM live_presence WHERE record_key = $1 AND tab_id = $2 AND stream_id = $3',
      [record, tab, streamId],
    )
    return result.rowCount > 0
  },

  /** The tab's selection; false when the tab has no live row of this user. */
  select: async (
    record: string,
    tab: string,
    userId: string,
    blockId: string | null,
    typing: boolean,
  ): Promise<boolean> => {
    const result = await db.query(
      `UPDATE live_presence SET block_id = $4, typing = $5
       WHERE record_key = $1 AND tab_id = $2 AND user_id = $3 AND ${FRESH}`,
      [record, tab, userId, blockId, typing],
    )
    return result.rowCount > 0
  },

  /** Everyone on the record, earliest first. */
  people: async (record: string): Promise<Person[]> => {
    const result = await db.query<{
      tab_id: string
      user_id: string
      name: string
      block_id: string | null
      typing: boolean
      since: unknown
    }>(
      `SELECT tab_id, user_id, name, block_id, typing, since FROM live_presence
       WHERE record_key = $1 AND ${FRESH} ORDER BY since, tab_id`,
      [record],
    )
    return result.rows.map((row) => ({
      tab: row.tab_id,
      userId: row.user_id,
      name: row.name,
      blockId: row.block_id,
      typing: row.typing,
      since: isoOf(row.since),
    }))
  },

  /** Who is on each of the records (for the record list). */
  onRecords: async (
    records: readonly string[],
  ): Promise<{ record: string; userId: string; name: string; tab: string }[]> => {
    const result = await db.query<{
      record_key: string
      user_id: string
      name: string
      tab_id: string
    }>(
      `SELECT record_key, user_id, name, tab_id FROM live_presence
       WHERE record_key = ANY($1::text[]) AND ${FRESH} ORDER BY since, tab_id`,
      [records],
    )
    return result.rows.map((row) => ({
      record: row.record_key,
      userId: row.user_id,
      name: row.name,
      tab: row.tab_id,
    }))
  },

  /** Refreshes this server's rows; returns the streams whose rows are still there. */
  beat: async (): Promise<Set<string>> => {
    const result = await db.query<{ stream_id: string }>(
      'UPDATE live_presence SET seen_at = now() WHERE server_id = $1 RETURNING stream_id',
      [serverId],
    )
    return new Set(result.rows.map((row) => row.stream_id))
  },

  /** Deletes the rows of servers that stopped beating; returns the records that changed. */
  expire: async (): Promise<string[]> => {
    const result = await db.query<{ record_key: string }>(
      `DELETE FROM live_presence WHERE NOT (${FRESH}) RETURNING record_key`,
    )
    return [...new Set(result.rows.map((row) => row.record_key))]
  },

  /** Deletes every row of this server (it is stopping); returns the records that changed. */
  leaveAll: async (): Promise<string[]> => {
    const result = await db.query<{ record_key: string }>(
      'DELETE FROM live_presence WHERE server_id = $1 RETURNING record_key',
      [serverId],
    )
    return [...new Set(result.rows.map((row) => row.record_key))]
  },
})

export type PresenceStore = ReturnType<typeof createPresenceStore>
