// Review comments and approvals (issue 19). Keyed by backend and record key (the browser's
// outboxRecordKey, a JSON array string) and, for threads, by block id, so two backends never mix.
// A thread keeps the block's label as it was when the thread began: when the block is removed
// the review still says which block it was about. `seq` orders rows written in one millisecond.
import type { Migration } from '../storage/migrations'

export const commentsMigration = (version: number): Migration => ({
  version,
  name: 'review comments and approvals',
  statements: [
    `CREATE TABLE comment_threads (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      backend text NOT NULL,
      record_key text NOT NULL,
      block_id text NOT NULL,
      block_label text NOT NULL,
      resolved_by text,
      resolved_at text,
      created_at text NOT NULL
    )`,
    `CREATE INDEX comment_threads_by_record ON comment_threads (backend, record_key, seq)`,
    `CREATE TABLE comments (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      thread_id text NOT NULL REFERENCES comment_threads(id) ON DELETE CASCADE,
      author_id text NOT NULL,
      author_name text NOT NULL,
      body text NOT NULL,
      created_at text NOT NULL
    )`,
    `CREATE INDEX comments_by_thread ON comments (thread_id, seq)`,
    `CREATE TABLE approvals (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      backend text NOT NULL,
      record_key text NOT NULL,
      user_id text NOT NULL,
      user_name text NOT NULL,
      verdict text NOT NULL CHECK (verdict IN ('approved', 'changes-requested')),
      version text,
      document_hash text NOT NULL,
      note text,
      created_at text NOT NULL
    )`,
    `CREATE INDEX approvals_by_record ON approvals (backend, record_key, seq)`,
  ],
})
