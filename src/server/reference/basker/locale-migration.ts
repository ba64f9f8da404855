// The blocks of a record's other languages: one row per record and locale other than the default
// (the default language's blocks stay in records.draft_blocks_json).
import type { Migration } from '../../storage/migrations'

export const baskerLocaleMigration = (version: number): Migration => ({
  version,
  name: 'basker reference: draft blocks per locale',
  statements: [
    `CREATE TABLE basker_locale_blocks (
      tenant text NOT NULL,
      collection text NOT NULL,
      record_id text NOT NULL,
      locale text NOT NULL,
      draft_blocks_json text NOT NULL,
      PRIMARY KEY (tenant, collection, record_id, locale),
      FOREIGN KEY (tenant, collection, record_id)
        REFERENCES records (tenant, collection, id) ON DELETE CASCADE
    )`,
  ],
})
