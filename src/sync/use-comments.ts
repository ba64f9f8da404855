// A record's comment threads (TanStack Query, key ['comments', recordKey]) and the writes on
// them. Each write puts the answered thread in the cache at once and refetches, so the writer
// sees it without waiting; others see it when the live server's `comments` event invalidates the
// key (the live client), when the window regains focus, or at the modest interval below.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { commentKeys, fetchThreads, postThreadWrite, type CommentThread } from './comments-api'

/** A fallback for servers without live events; the live client makes updates immediate. */
const REFRESH_MS = 30_000

export function commentsQuery(recordKey: string) {
  return queryOptions({
    queryKey: commentKeys.comments(recordKey),
    queryFn: ({ signal }) => fetchThreads(recordKey, signal),
    refetchInterval: REFRESH_MS,
    refetchOnWindowFocus: true,
  })
}

export function useComments(recordKey: string) {
  return useQuery(commentsQuery(recordKey))
}

const putThread = (client: QueryClient, recordKey: string, thread: CommentThread): void => {
  client.setQueryData<CommentThread[]>(commentKeys.comments(recordKey), (threads = []) =>
    threads.some((t) => t.id === thread.id)
      ? threads.map((t) => (t.id === thread.id ? thread : t))
      : [...threads, thread],
  )
}

export type ThreadWrite =
  | { kind: 'start'; blockId: string; blockLabel: string; body: string }
  | { kind: 'reply'; threadId: string; body: string }
  | { kind: 'resolve' | 'reopen'; threadId: string }

const requestOf = (recordKey: string, write: ThreadWrite): { path: string; body: unknown } => {
  const thread = (id: string) => `/comments/${encodeURIComponent(id)}`
  switch (write.kind) {
    case 'start':
      return {
        path: '/comments',
        body: {
          record: recordKey,
          blockId: write.blockId,
          blockLabel: write.blockLabel,
          body: write.body,
        },
      }
    case 'reply':
      return { path: `${thread(write.threadId)}/replies`, body: { body: write.body } }
    case 'resolve':
    case 'reopen':
      return { path: `${thread(write.threadId)}/${write.kind}`, body: {} }
  }
}

/**
 * Starts, answers, resolves and reopens threads of one record. `headers` carries what a write
 * needs from the session (its CSRF token), which the auth feature holds.
 */
export function useCommentWrites(recordKey: string, headers: Record<string, string>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (write: ThreadWrite) => {
      const { path, body } = requestOf(recordKey, write)
      return postThreadWrite(path, body, headers)
    },
    onSuccess: (thread) => {
      putThread(client, recordKey, thread)
      void client.invalidateQueries({ queryKey: commentKeys.comments(recordKey) })
    },
  })
}
