// One thread: its comments (plain text, never HTML), who resolved it, a reply box and
// Resolve / Reopen. Each thread has its own mutation, so a failure shows on the thread it hit.
import { useId, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { useCommentWrites, type CommentThread } from '../../sync'
import { when } from './comment-words'
import { useWriteHeaders } from './use-write-headers'

export const MAX_COMMENT = 4000

export function ThreadView({ thread, recordKey }: { thread: CommentThread; recordKey: string }) {
  const writes = useCommentWrites(recordKey, useWriteHeaders())
  const [reply, setReply] = useState('')
  const replyId = useId()
  const replyBox = useRef<HTMLTextAreaElement>(null)
  const starter = thread.comments[0]?.authorName ?? 'someone'

  const send = (event: FormEvent) => {
    event.preventDefault()
    const body = reply.trim()
    if (body === '' || writes.isPending) return
    writes.mutate({ kind: 'reply', threadId: thread.id, body }, { onSuccess: () => setReply('') })
  }

  return (
    <article
      className={thread.resolved ? 'comment-thread comment-thread--resolved' : 'comment-thread'}
      aria-label={`Thread started by ${starter}${thread.resolved ? ', resolved' : ''}`}
    >
      <ol className="comment-thread__comments">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment">
            <p className="comment__meta">
              <strong>{comment.authorName}</strong>{' '}
              <time dateTime={comment.createdAt}>{when(comment.createdAt)}</time>
            </p>
            {/* Text, never markup: React escapes it, and line breaks are kept by CSS. */}
            <p className="comment__body">{comment.body}</p>
          </li>
        ))}
      </ol>
      {thread.resolved ? (
        <p className="comment-thread__resolved">
          Resolved by {thread.resolvedBy ?? 'someone'}
          {thread.resolvedAt ? ` · ${when(thread.resolvedAt)}` : ''}
        </p>
      ) : (
        <form className="comment-form" onSubmit={send}>
          <label className="visually-hidden" htmlFor={replyId}>
            Reply
          </label>
          <textarea
            id={replyId}
            ref={replyBox}
            className="comment-form__text"
            rows={2}
            maxLength={MAX_COMMENT}
            placeholder="Write a reply…"
            value={reply}
            onChange={(e) => setReply(e.target.value)}
          />
          <button
            type="submit"
            className="button button--small"
            aria-disabled={writes.isPending || reply.trim() === ''}
          >
            Reply
          </button>
        </form>
      )}
      <div className="comment-thread__actions">
        <button
          type="button"
          className="button button--small button--quiet"
          // Not `disabled` while it runs: a disabled button would drop the focus to the page.
          aria-disabled={writes.isPending}
          onClick={() => {
            if (writes.isPending) return
            writes.mutate({ kind: thread.resolved ? 'reopen' : 'resolve', threadId: thread.id })
          }}
        >
          {thread.resolved ? 'Reopen' : 'Resolve'}
        </button>
      </div>
      {writes.isError ? (
        <p className="comment-error" role="alert">
          Not saved: {writes.error.message}
        </p>
      ) : null}
    </article>
  )
}
