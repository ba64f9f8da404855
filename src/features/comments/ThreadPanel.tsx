// The comments of one block, beside the canvas: its threads and a box to start another. Focus
// moves into it when it opens (to the new-comment box when asked to start one or when there is
// no thread yet, else to its title) and back to the control that opened it when it closes;
// Escape closes it. Not modal: the page stays usable while it is open.
import { useEffect, useId, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { useComments } from '../../sync'
import { Icon } from '../shared/Icon'
import type { PanelTarget } from './comments-context'
import { threadCount } from './comment-words'
import { NewThreadForm } from './NewThreadForm'
import { ThreadView } from './ThreadView'

export function ThreadPanel(props: {
  target: PanelTarget
  recordKey: string
  /** The block's label now, when it is still in the draft. */
  currentLabel: string | undefined
  onClose(): void
}) {
  const { target, recordKey, onClose } = props
  const threads = useComments(recordKey)
  const titleId = useId()
  const title = useRef<HTMLHeadingElement>(null)
  const commentBox = useRef<HTMLTextAreaElement>(null)
  const mine = (threads.data ?? []).filter((thread) => thread.blockId === target.blockId)
  const label = props.currentLabel ?? target.blockLabel
  const startHere = target.startNew || mine.length === 0

  useEffect(() => {
    ;(startHere ? commentBox.current : title.current)?.focus()
    // Only when the panel opens on a block: later answers must not pull focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.stopPropagation()
    event.preventDefault()
    onClose()
  }
  const open = mine.filter((thread) => !thread.resolved).length

  return (
    <section
      className="comment-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      <header className="comment-panel__header">
        <h2 id={titleId} ref={title} tabIndex={-1}>
          Comments on {label}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close comments"
          title="Close comments (Escape)"
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      </header>
      <div className="comment-panel__body">
        {threads.isPending ? <p className="muted">Loading comments…</p> : null}
        {threads.isError ? (
          <p className="comment-error">The comments could not be read: {threads.error.message}</p>
        ) : null}
        {threads.isSuccess ? (
          <p className="muted" role="status">
            {mine.length === 0
              ? 'No comments on this block yet.'
              : `${threadCount(mine.length)}, ${open} open.`}
          </p>
        ) : null}
        {mine.length > 0 ? (
          <ol className="comment-threads" aria-label="Threads">
            {mine.map((thread) => (
              <li key={thread.id}>
                <ThreadView thread={thread} recordKey={recordKey} />
              </li>
            ))}
          </ol>
        ) : null}
        <NewThreadForm
          recordKey={recordKey}
          blockId={target.blockId}
          blockLabel={label}
          inputRef={commentBox}
        />
      </div>
    </section>
  )
}
