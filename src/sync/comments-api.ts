// /api/comments and /api/approvals through the one HTTP client (api-client.ts): the shapes the
// server answers, checked with zod like every other answer, and the query keys the live client
// invalidates when a `comments` or `approvals` event arrives for the record.
import { z } from 'zod'
import type { BackendId, RecordRef } from '../adapters/types'
import { apiRequest } from './api-client'
import { outboxRecordKey } from './outbox/record-key'

export const commentKeys = {
  comments: (recordKey: string) => ['comments', recordKey] as const,
  approvals: (recordKey: string) => ['approvals', recordKey] as const,
}

/** The key comments and approvals are stored under (the outbox's name for the record). */
export const commentRecordKey = (backend: BackendId, ref: RecordRef): string =>
  outboxRecordKey(backend, ref)

const commentSchema = z.object({
  id: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
})

const threadSchema = z.object({
  id: z.string(),
  blockId: z.string(),
  blockLabel: z.string(),
  resolved: z.boolean(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  comments: z.array(commentSchema),
})
export type CommentThread = z.infer<typeof threadSchema>
export type ThreadComment = z.infer<typeof commentSchema>

const approvalSchema = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  verdict: z.enum(['approved', 'changes-requested']),
  version: z.string().nullable(),
  documentHash: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
})
export type Approval = z.infer<typeof approvalSchema>
export type Verdict = Approval['verdict']

const withRecord = (path: string, recordKey: string) =>
  `${path}?record=${encodeURIComponent(recordKey)}`

export async function fetchThreads(
  recordKey: string,
  signal?: AbortSignal,
): Promise<CommentThread[]> {
  const body = await apiRequest(withRecord('/comments', recordKey), signal ? { signal } : {})
  return z.object({ threads: z.array(threadSchema) }).parse(body).threads
}

export async function fetchApprovals(recordKey: string, signal?: AbortSignal): Promise<Approval[]> {
  const body = await apiRequest(withRecord('/approvals', recordKey), signal ? { signal } : {})
  return z.object({ approvals: z.array(approvalSchema) }).parse(body).approvals
}

/** A write: the caller gives the headers it needs (the session's CSRF token). */
export async function postThreadWrite(
  path: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<CommentThread> {
  const answer = await apiRequest(path, { method: 'POST', body, headers })
  return z.object({ thread: threadSchema }).parse(answer).thread
}

export async function postApproval(
  body: {
    record: string
    verdict: Verdict
    version: string | null
    documentHash: string
    note: string | null
  },
  headers: Record<string, string>,
): Promise<Approval> {
  const answer = await apiRequest('/approvals', { method: 'POST', body, headers })
  return z.object({ approval: approvalSchema }).parse(answer).approval
}
