// Threads, their comments and approvals in the database (PGlite or PostgreSQL, the same SQL).
// Every query names the backend, so a thread id of another backend's server reads as missing.
import { randomUUID } from 'node:crypto'
import type { Db, Queryable } from '../storage/db'

export interface StoredComment {
  id: string
  authorId: string
  authorName: string
  body: string
  createdAt: string
}

export interface StoredThread {
  id: string
  blockId: string
  blockLabel: string
  resolved: boolean
  resolvedBy: string | null
  resolvedAt: string | null
  comments: StoredComment[]
}

/** A thread with the record it belongs to (the live event names the record). */
export interface ThreadOfRecord {
  recordKey: string
  thread: StoredThread
}

export type Verdict = 'approved' | 'changes-requested'

export interface StoredApproval {
  id: string
  userId: string
  userName: string
  verdict: Verdict
  version: string | null
  documentHash: string
  note: string | null
  createdAt: string
}

export interface Author {
  id: string
  name: string
}

interface ThreadRow {
  [key: string]: unknown
  id: string
  record_key: string
  block_id: string
  block_label: string
  resolved_by: string | null
  resolved_at: string | null
}

interface CommentRow {
  [key: string]: unknown
  id: string
  thread_id: string
  author_id: string
  author_name: string
  body: string
  created_at: string
}

interface ApprovalRow {
  [key: string]: unknown
  id: string
  user_id: string
  user_name: string
  verdict: Verdict
  version: string | null
  document_hash: string
  note: string | null
  created_at: string
}

const THREAD_COLUMNS = 'id, record_key, block_id, block_label, resolved_by, resolved_at'
const COMMENT_COLUMNS = 'c.id, c.thread_id, c.author_id, c.author_name, c.body, c.created_at'

const toComment = (row: CommentRow): StoredComment => ({
  id: row.id,
  authorId: row.author_id,
  authorName: row.author_name,
  body: row.body,
  createdAt: row.created_at,
})

const toThread = (row: ThreadRow, comments: StoredComment[]): StoredThread => ({
  id: row.id,
  blockId: row.block_id,
  blockLabel: row.block_label,
  resolved: row.resolved_at !== null,
  resolvedBy: row.resolved_by,
  resolvedAt: row.resolved_at,
  comments,
})

const toApproval = (row: ApprovalRow): StoredApproval => ({
  id: row.id,
  userId: row.user_id,
  userName: row.user_name,
  verdict: row.verdict,
  version: row.version,
  documentHash: row.document_hash,
  note: row.note,
  createdAt: row.created_at,
})

const insertComment = (
  q: Queryable,
  threadId: string,
  author: Author,
  body: string,
  at: string,
): Promise<unknown> =>
  q.query(
    `INSERT INTO comments (id, thread_id, author_id, author_name, body, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [randomUUID(), threadId, author.id, author.name, body, at],
  )

export const createCommentRepository = (db: Db, backend: string) => {
  const readThread = async (q: Queryable, id: string): Promise<ThreadOfRecord | null> => {
    const found = await q.query<ThreadRow>(
      `SELECT ${THREAD_COLUMNS} FROM comment_threads WHERE id = $1 AND backend = $2`,
      [id, backend],
    )
    const row = found.rows[0]
    if (!row) return null
    const comments = await q.query<CommentRow>(
      `SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.thread_id = $1 ORDER BY c.seq`,
      [id],
    )
    return { recordKey: row.record_key, thread: toThread(row, comments.rows.map(toComment)) }
  }

  return {
    /** The record's threads, oldest first, each with its comments oldest first. */
    async threads(recordKey: string): Promise<StoredThread[]> {
      const threads = await db.query<ThreadRow>(
        `SELECT ${THREAD_COLUMNS} FROM comment_threads
         WHERE backend = $1 AND record_key = $2 ORDER BY seq`,
        [backend, recordKey],
      )
      const comments = await db.query<CommentRow>(
        `SELECT ${COMMENT_COLUMNS} FROM comments c
         JOIN comment_threads t ON t.id = c.thread_id
         WHERE t.backend = $1 AND t.record_key = $2 ORDER BY c.seq`,
        [backend, recordKey],
      )
      const byThread = new Map<string, StoredComment[]>()
      for (const row of comments.rows) {
        const list = byThread.get(row.thread_id) ?? []
        list.push(toComment(row))
        byThread.set(row.thread_id, list)
      }
      return threads.rows.map((row) => toThread(row, byThread.get(row.id) ?? []))
    },

    /** A new thread on a block with its first comment, both or neither. */
    startThread(input: {
      recordKey: string
      blockId: string
      blockLabel: string
      author: Author
      body: string
    }): Promise<StoredThread> {
      return db.transaction(async (tx) => {
        const id = randomUUID()
        const at = new Date().toISOString()
        await tx.query(
          `INSERT INTO comment_threads (id, backend, record_key, block_id, block_label, created_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, backend, input.recordKey, input.blockId, input.blockLabel, at],
        )
        await insertComment(tx, id, input.author, input.body, at)
        const written = await readThread(tx, id)
        if (!written) throw new Error('a thread just written could not be read')
        return written.thread
      })
    },

    /** Adds a reply; null when the thread does not exist. */
    reply(threadId: string, author: Author, body: string): Promise<ThreadOfRecord | null> {
      return db.transaction(async (tx) => {
        if (!(await readThread(tx, threadId))) return null
        await insertComment(tx, threadId, author, body, new Date().toISOString())
        return readThread(tx, threadId)
      })
    },

    /** Resolves (by a name) or reopens (null) a thread; null when it does not exist. */
    async setResolved(threadId: string, by: Author | null): Promise<ThreadOfRecord | null> {
      await db.query(
        `UPDATE comment_threads SET resolved_by = $1, resolved_at = $2
         WHERE id = $3 AND backend = $4`,
        [by?.name ?? null, by ? new Date().toISOString() : null, threadId, backend],
      )
      return readThread(db, threadId)
    },

    /** The record's verdicts, oldest first. */
    async approvals(recordKey: string): Promise<StoredApproval[]> {
      const found = await db.query<ApprovalRow>(
        `SELECT id, user_id, user_name, verdict, version, document_hash, note, created_at
         FROM approvals WHERE backend = $1 AND record_key = $2 ORDER BY seq`,
        [backend, recordKey],
      )
      return found.rows.map(toApproval)
    },

    async addApproval(input: {
      recordKey: string
      author: Author
      verdict: Verdict
      version: string | null
      documentHash: string
      note: string | null
    }): Promise<StoredApproval> {
      const approval: StoredApproval = {
        id: randomUUID(),
        userId: input.author.id,
        userName: input.author.name,
        verdict: input.verdict,
        version: input.version,
        documentHash: input.documentHash,
        note: input.note,
        createdAt: new Date().toISOString(),
      }
      await db.query(
        `INSERT INTO approvals
           (id, backend, record_key, user_id, user_name, verdict, version, document_hash, note, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          approval.id,
          backend,
          input.recordKey,
          approval.userId,
          approval.userName,
          approval.verdict,
          approval.version,
          approval.documentHash,
          approval.note,
          approval.createdAt,
        ],
      )
      return approval
    },
  }
}

export type CommentRepository = ReturnType<typeof createCommentRepository>
