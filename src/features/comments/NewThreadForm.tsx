// Starts a thread on a block: a "Comment" box and "Add comment". The block's label goes with
// it, so the review can still name the block after it is removed.
import { useId, useRef, useState } from 'react'
import type { FormEvent, Ref } from 'react'
import { useCommentWrites } from '../../sync'
import { MAX_COMMENT } from './ThreadView'
import { useWriteHeaders } from './use-write-headers'

export function NewThreadForm(props: {
  recordKey: string
  blockId: string
  blockLabel: string
  inputRef?: Ref<HTMLTextAreaElement>
  onStarted?: () => void
}) {
  const { recordKey, blockId, blockLabel, inputRef, onStarted } = props
  const box = useRef<HTMLTextAreaElement | null>(null)
  const writes = useCommentWrites(recordKey, useWriteHeaders())
  const [body, setBody] = useState('')
  const id = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const text = body.trim()
    if (text === '' || writes.isPending) return
    writes.mutate(
      { kind: 'start', blockId, blockLabel, body: text },
      {
        onSuccess: () => {
          setBody('')
          // Back to the box, ready for another comment.
          box.current?.focus()
          onStarted?.()
        },
      },
    )
  }
  return (
    <form className="comment-form comment-form--new" onSubmit={submit}>
      <label htmlFor={id}>Comment</label>
      <textarea
        id={id}
        ref={(element) => {
          box.current = element
          if (typeof inputRef === 'function') inputRef(element)
          else if (inputRef) inputRef.current = element
        }}
        className="comment-form__text"
        rows={3}
        maxLength={MAX_COMMENT}
        placeholder="Write a comment…"
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <button
        type="submit"
        className="button button--primary button--small"
        aria-disabled={writes.isPending || body.trim() === ''}
      >
        Add comment
      </button>
      {writes.isError ? (
        <p className="comment-error" role="alert">
          Not saved: {writes.error.message}
        </p>
      ) : null}
    </form>
  )
}
