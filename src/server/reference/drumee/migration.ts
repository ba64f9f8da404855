// The Drumee reference backend's tables. Versions live here, not in files: one row per stored
// version of one device+locale variant (Drumee's `<serial>.json`), and per variant the serials
// its `current.json` (the draft) and `online.json` (what is published) point at. Serials count
// per block across all its variants, so a serial names one version of the block.
import type { Migration } from '../../storage/migrations'

export const drumeeMigration = (version: number): Migration => ({
  version,
  name: 'drumee reference: hub blocks, variants, versions, activity log',
  statements: [
    `CREATE TABLE drumee_blocks (
      id serial PRIMARY KEY,
      hashtag text NOT NULL UNIQUE,
      editor text NOT NULL,
      type text NOT NULL,
      created_at text NOT NULL,
      updated_at text NOT NULL
    )`,
    `CREATE TABLE drumee_versions (
      history_id serial PRIMARY KEY,
      block_id integer NOT NULL REFERENCES drumee_blocks(id) ON DELETE CASCADE,
      device text NOT NULL,
      lang text NOT NULL,
      serial integer NOT NULL,
      base_serial integer,
      letc text NOT NULL,
      text_index text NOT NULL,
      comment text NOT NULL,
      created_at text NOT NULL,
      UNIQUE (block_id, serial)
    )`,
    `CREATE INDEX drumee_versions_by_variant ON drumee_versions (block_id, device, lang, serial)`,
    `CREATE TABLE drumee_variants (
      block_id integer NOT NULL REFERENCES drumee_blocks(id) ON DELETE CASCADE,
      device text NOT NULL,
      lang text NOT NULL,
      current_serial integer NOT NULL,
      online_serial integer,
      PRIMARY KEY (block_id, device, lang)
    )`,
    `CREATE TABLE drumee_log (
      id serial PRIMARY KEY,
      block_id integer NOT NULL,
      hashtag text NOT NULL,
      action text NOT NULL,
      device text,
      lang text,
      serial integer,
      created_at text NOT NULL
    )`,
  ],
})
