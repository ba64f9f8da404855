// The Kragle reference backend's tables. Definitions, resolved definitions and stack blocks are
// JSON kept as text, so they come back byte for byte as written (key order included).
import type { Migration } from '../../storage/migrations'

export const kragleMigration = (version: number): Migration => ({
  version,
  name: 'kragle reference: users, block types, block stacks',
  statements: [
    `CREATE TABLE kragle_users (
      id serial PRIMARY KEY,
      username text NOT NULL UNIQUE,
      email text NOT NULL UNIQUE,
      password_hash text,
      created_at text NOT NULL
    )`,
    `CREATE TABLE kragle_blocktypes (
      id serial PRIMARY KEY,
      owner integer NOT NULL REFERENCES kragle_users(id) ON DELETE CASCADE,
      name text NOT NULL UNIQUE,
      definition_json text NOT NULL,
      is_remote boolean NOT NULL,
      resolved_json text NOT NULL,
      needs_approval boolean NOT NULL,
      is_approved boolean NOT NULL,
      created_at text NOT NULL,
      updated_at text NOT NULL
    )`,
    `CREATE TABLE kragle_stacks (
      id serial PRIMARY KEY,
      owner integer NOT NULL REFERENCES kragle_users(id) ON DELETE CASCADE,
      name text NOT NULL UNIQUE,
      blocks_json text NOT NULL,
      created_at text NOT NULL,
      updated_at text NOT NULL
    )`,
  ],
})
