// The tables of users and their sessions. A session row holds only a hash of the id the cookie
// carries, so a copy of the database lets nobody in; the CSRF token is useless without the cookie.
import type { Migration } from '../storage/migrations'

export const authMigration = (version: number): Migration => ({
  version,
  name: 'users and sessions',
  statements: [
    `CREATE TABLE users (
      id text PRIMARY KEY,
      email text NOT NULL UNIQUE,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN ('editor', 'designer', 'admin')),
      password_hash text NOT NULL,
      created_at text NOT NULL,
      updated_at text NOT NULL
    )`,
    `CREATE TABLE sessions (
      id_hash text PRIMARY KEY,
      user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at text NOT NULL,
      expires_at text NOT NULL
    )`,
    `CREATE INDEX sessions_by_expiry ON sessions (expires_at)`,
    `CREATE INDEX sessions_by_user ON sessions (user_id)`,
  ],
})
