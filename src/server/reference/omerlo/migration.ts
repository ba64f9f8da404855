// The Omerlo reference backend's tables. Ids are UUIDs kept as text. A profile (event,
// organization, person, project) holds its blocks, each with its ordered entries, as one JSON
// document: every write replaces a whole array anyway, and one row to lock per profile keeps
// concurrent writers from interleaving.
import type { Migration } from '../../storage/migrations'

export const omerloMigration = (version: number): Migration => ({
  version,
  name: 'omerlo reference: profiles with blocks and entries, contents, block types',
  statements: [
    `CREATE TABLE omerlo_block_types (
      id text PRIMARY KEY,
      name text NOT NULL,
      kind text NOT NULL
    )`,
    `CREATE TABLE omerlo_contents (
      id text PRIMARY KEY,
      title text NOT NULL,
      created_at text NOT NULL
    )`,
    `CREATE TABLE omerlo_profiles (
      id text PRIMARY KEY,
      kind text NOT NULL,
      name text NOT NULL,
      blocks_json text NOT NULL,
      created_at text NOT NULL,
      updated_at text NOT NULL
    )`,
    `CREATE INDEX omerlo_profiles_by_kind ON omerlo_profiles (kind, created_at)`,
  ],
})
