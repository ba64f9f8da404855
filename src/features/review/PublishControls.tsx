// Publish and unpublish, where the backend's adapter offers them, each behind a confirmation that
// names what goes live. Elsewhere the review says plainly where publishing happens instead.
import { useEffect, useRef, useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import type { RecordRef } from '../../adapters/types'
import { useEditorStoreApi } from '../../store'
import { useRecordVersionActions } from '../../sync'
import type { FlushNowResult } from '../../sync'
import { useCan } from '../auth'
import { ConfirmDialog } from '../shared/ConfirmDialog'

export interface PublishControlsProps {
  recordRef: RecordRef
  title: string
  /** Changes between what is live and the draft (unsaved ones included). */
  changeCount: number
  unsavedCount: number
  /** False when nothing is published: there is nothing to unpublish. */
  isPublished: boolean
  flushNow(): Promise<FlushNowResult>
  /** Whether the backend can publish (the review decides from its capabilities). */
  canPublish: boolean
  /** Tells the page what happened (a live region announces it). */
  onDone(message: string): void
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export function PublishControls(props: PublishControlsProps) {
  const { recordRef, flushNow, onDone } = props
  const store = useEditorStoreApi()
  // The one publishing path: save everything through the engine, then publish that version.
  const actions = useRecordVersionActions(recordRef, store, flushNow)
  const [open, setOpen] = useState<'publish' | 'unpublish' | null>(null)
  // The server refuses a publish by anyone but an admin; the UI only hides the buttons.
  const allowed = useCan('publish')

  const publish = useMutation({
    mutationFn: () => actions.publish(),
    onSuccess: () => {
      setOpen(null)
      onDone(`Published “${props.title}”.`)
    },
  })
  const unpublish = useMutation({
    mutationFn: () => actions.unpublish(),
    onSuccess: () => {
      setOpen(null)
      onDone(`Unpublished “${props.title}”: visitors no longer see it.`)
    },
  })
  const publishButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    // After an unpublish the button that opened the dialog is gone: focus must not be lost.
    if (open === null && document.activeElement === document.body) publishButton.current?.focus()
  }, [open, props.isPublished])
  if (!props.canPublish) return null
  if (!allowed) return <p className="review-publish muted">Only an admin can publish.</p>

  const close = () => {
    publish.reset()
    unpublish.reset()
    setOpen(null)
  }
  return (
    <div className="review-publish">
      <button
        ref={publishButton}
        type="button"
        className="button button--primary"
        onClick={() => setOpen('publish')}
      >
        Publish
      </button>
      {props.isPublished ? (
        <button type="button" className="button" onClick={() => setOpen('unpublish')}>
          Unpublish
        </button>
      ) : null}
      {open === 'publish' ? (
        <ConfirmDialog
          title={`Publish “${props.title}”?`}
          confirmLabel="Publish"
          busyLabel={publish.isPending ? 'Publishing…' : null}
          error={publish.error?.message ?? null}
          onConfirm={() => publish.mutate()}
          onCancel={close}
        >
          <p>
            {props.changeCount === 0
              ? `“${props.title}” goes live as it is: the draft has no changes since it was last published.`
              : `“${props.title}” goes live with ${plural(props.changeCount, 'change', 'changes')} since it was last published.`}
          </p>
          {props.unsavedCount > 0 ? (
            <p>
              {`${plural(props.unsavedCount, 'unsaved change is', 'unsaved changes are')} saved first.`}
            </p>
          ) : null}
        </ConfirmDialog>
      ) : null}
      {open === 'unpublish' ? (
        <ConfirmDialog
          title={`Unpublish “${props.title}”?`}
          confirmLabel="Unpublish"
          busyLabel={unpublish.isPending ? 'Unpublishing…' : null}
          error={unpublish.error?.message ?? null}
          onConfirm={() => unpublish.mutate()}
          onCancel={close}
        >
          <p>Visitors will no longer see “{props.title}”. The draft stays as it is.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  )
}
