// Publish and unpublish, where the backend's adapter offers them, each behind a confirmation that
// names what goes live: the page, and its device and language where the backend has them. Publish
// is off while nothing differs from what is live; Unpublish is set apart and red. After publishing
// a visible line says so (the page's live region announces it too).
import { useEffect, useId, useRef, useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import type { RecordRef } from '../../adapters/types'
import { useEditorStoreApi } from '../../store'
import { useRecordVersionActions } from '../../sync'
import type { FlushNowResult } from '../../sync'
import { useCan } from '../auth'
import { ConfirmDialog } from '../shared/ConfirmDialog'
import { publishedName, publishSummary, unsavedFirst } from './publish-words'
import './publish-controls.css'

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

export function PublishControls(props: PublishControlsProps) {
  const { recordRef, flushNow, onDone } = props
  const id = useId()
  const store = useEditorStoreApi()
  // The one publishing path: save everything through the engine, then publish that version.
  const actions = useRecordVersionActions(recordRef, store, flushNow)
  const [open, setOpen] = useState<'publish' | 'unpublish' | null>(null)
  const [done, setDone] = useState<string | null>(null)
  // The server refuses a publish by anyone but an admin; the UI only hides the buttons.
  const allowed = useCan('publish')
  const name = publishedName(props.title, recordRef)

  const publish = useMutation({
    mutationFn: () => actions.publish(),
    onSuccess: () => {
      setOpen(null)
      setDone(`Published ${name}: visitors see it now.`)
      onDone(`Published ${name}.`)
    },
  })
  const unpublish = useMutation({
    mutationFn: () => actions.unpublish(),
    onSuccess: () => {
      setOpen(null)
      setDone(`Unpublished ${name}: visitors no longer see it.`)
      onDone(`Unpublished ${name}.`)
    },
  })
  const publishButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    // After an unpublish the button that opened the dialog is gone: focus must not be lost.
    if (open === null && document.activeElement === document.body) publishButton.current?.focus()
  }, [open, props.isPublished])
  if (!props.canPublish) return null
  if (!allowed) return <p className="review-publish muted">Only an admin can publish.</p>

  const nothingNew = props.isPublished && props.changeCount === 0 && props.unsavedCount === 0
  const close = () => {
    publish.reset()
    unpublish.reset()
    setOpen(null)
  }
  return (
    <div className="review-publish publish-actions">
      {done ? (
        <p className="publish-actions__done">
          <span aria-hidden="true">✓ </span>
          {done}
        </p>
      ) : null}
      <button
        ref={publishButton}
        type="button"
        className="button button--primary"
        // aria-disabled, not disabled: focus comes back here after publishing and must stay.
        aria-disabled={nothingNew ? true : undefined}
        aria-describedby={nothingNew ? `${id}-why` : undefined}
        onClick={() => {
          if (nothingNew) return
          setDone(null)
          setOpen('publish')
        }}
      >
        Publish
      </button>
      {nothingNew ? (
        <span id={`${id}-why`} className="visually-hidden">
          Nothing to publish: the draft is what is live.
        </span>
      ) : null}
      {props.isPublished ? (
        <button
          type="button"
          className="button button--danger publish-actions__unpublish"
          onClick={() => {
            setDone(null)
            setOpen('unpublish')
          }}
        >
          Unpublish
        </button>
      ) : null}
      {open === 'publish' ? (
        <ConfirmDialog
          title={`Publish ${name}?`}
          confirmLabel="Publish"
          busyLabel={publish.isPending ? 'Publishing…' : null}
          error={publish.error?.message ?? null}
          onConfirm={() => publish.mutate()}
          onCancel={close}
        >
          <p>{publishSummary(name, props.changeCount)}</p>
          {props.unsavedCount > 0 ? <p>{unsavedFirst(props.unsavedCount)}</p> : null}
        </ConfirmDialog>
      ) : null}
      {open === 'unpublish' ? (
        <ConfirmDialog
          title={`Unpublish ${name}?`}
          confirmLabel="Unpublish"
          danger
          busyLabel={unpublish.isPending ? 'Unpublishing…' : null}
          error={unpublish.error?.message ?? null}
          onConfirm={() => unpublish.mutate()}
          onCancel={close}
        >
          <p>Visitors will no longer see {name}. The draft stays as it is.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  )
}
