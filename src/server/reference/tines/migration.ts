// The Tines reference backend's tables. Ids are serial integers as in Tines; a block's position is
// stored dense (0..n-1) within its container: the case's top level or one block group.
import type { Migration } from '../../storage/migrations'

export const tinesMigration = (version: number): Migration => ({
  version,
  name: 'tines reference: cases, blocks, elements',
  statements: [
    `CREATE TABLE tines_cases (
      id serial PRIMARY KEY,
      name text NOT NULL,
      status text NOT NULL,
      created_at text NOT NULL,
      updated_at text NOT NULL
    )`,
    `CREATE TABLE tines_blocks (
      id serial PRIMARY KEY,
      case_id integer NOT NULL REFERENCES tines_cases(id) ON DELETE CASCADE,
      slug text NOT NULL,
      title text NOT NULL,
      block_type text NOT NULL,
      position integer NOT NULL,
      hidden boolean NOT NULL,
      block_group_id integer REFERENCES tines_blocks(id) ON DELETE CASCADE,
      created_at text NOT NULL,
      updated_at text NOT NULL
    )`,
    `CREATE INDEX tines_blocks_by_case ON tines_blocks (case_id, position)`,
    `CREATE TABLE tines_elements (
      element_id serial PRIMARY KEY,
      block_id integer NOT NULL REFERENCES tines_blocks(id) ON DELETE CASCADE,
      element_type text NOT NULL,
      content text,
      note_type text,
      color text,
      file_json text,
      created_at text NOT NULL,
      updated_at text NOT NULL
    )`,
  ],
})
