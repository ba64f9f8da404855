// Migration 15: who has which record open (one row per tab and record, kept by the server that
// holds the tab's stream) and the events a reconnecting tab replays. Timestamps are the
// database's own clock (timestamptz, now()), so servers with drifting clocks agree on what is
// stale. Payloads are JSON in text, as everywhere else in this schema. Presence is UNLOGGED: it
// is written about once a second per tab and worthless after a database crash (which empties
// an unlogged table), so it skips the write-ahead log. Events stay logged: their ids must never
// go back (a tab resumes after the last id it saw).
import type { Migration } from '../storage/migrations'

export const liveMigration = (version: number): Migration => ({
  version,
  name: 'live: presence rows and replayable events',
  statements: [
    `CREATE UNLOGGED TABLE live_presence (
      record_key text NOT NULL,
      tab_id text NOT NULL,
      stream_id text NOT NULL,
      server_id text NOT NULL,
      user_id text NOT NULL,
      name text NOT NULL,
      block_id text,
      typing boolean NOT NULL DEFAULT false,
      since timestamptz NOT NULL,
      seen_at timestamptz NOT NULL,
      PRIMARY KEY (record_key, tab_id)
    )`,
    `CREATE INDEX live_presence_by_server ON live_presence (server_id)`,
    `CREATE INDEX live_presence_by_seen ON live_presence (seen_at)`,
    `CREATE TABLE live_events (
      id bigserial PRIMARY KEY,
      record_key text NOT NULL,
      kind text NOT NULL,
      payload text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX live_events_by_record ON live_events (record_key, id)`,
    `CREATE INDEX live_events_by_created ON live_events (created_at)`,
  ],
})
