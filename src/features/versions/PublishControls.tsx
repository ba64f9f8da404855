// Publish and unpublish of the open variant, each behind a confirmation that names what goes
// live (or goes away) and for whom. Unpublish is set apart and red, its confirmation too.
import { useState } from 'react'
import type { VersionSummary } from '../../adapters/types'
import type { RecordVersionActions } from '../../sync'
import { ConfirmDialog } from '../shared/ConfirmDialog'
import { messageOf } from './use-popover'
import '../review/publish-controls.css'

export interface PublishControlsProps {
  /** "home (Desktop, English)" */
  pageName: string
  draft: VersionSummary | undefined
  live: VersionSummary | undefined
  actions: Pick<RecordVersionActions, 'publish' | 'unpublish'>
  onDone: (message: string) => void
}

type Pending = 'publish' | 'unpublish' | null

export function PublishControls({ pageName, draft, live, actions, onDone }: PublishControlsProps) {
  const [asking, setAsking] = useState<Pending>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const draftIsLive = draft !== undefined && live?.id === draft.id
  const canPublish = draft !== undefined && !draftIsLive
  const run = async (action: 'publish' | 'unpublish') => {
    setBusy(true)
    setError(null)
    try {
      await actions[action]()
      setAsking(null)
      onDone(action === 'publish' ? `Published ${pageName}` : `Unpublished ${pageName}`)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="versions-panel__publish publish-actions">
      <p>
        {live ? `Live: ${live.label}.` : 'Nothing is live for this device and language.'}
        {draftIsLive ? ' The draft is what is live.' : ''}
      </p>
      <button
        type="button"
        className="button button--primary"
        // aria-disabled, not disabled: the dialog gives the focus back to this button after.
        aria-disabled={canPublish ? undefined : true}
        onClick={() => {
          if (canPublish) setAsking('publish')
        }}
      >
        Publish draft…
      </button>{' '}
      <button
        type="button"
        className="button button--danger publish-actions__unpublish"
        aria-disabled={live ? undefined : true}
        onClick={() => {
          if (live) setAsking('unpublish')
        }}
      >
        Unpublish…
      </button>
      {asking === 'publish' && draft ? (
        <ConfirmDialog
          title={`Publish ${pageName}?`}
          confirmLabel="Publish"
          busyLabel={busy ? 'Publishing…' : null}
          error={error}
          onConfirm={() => void run('publish')}
          onCancel={() => setAsking(null)}
        >
          <p>
            Visitors of {pageName} will see {draft.label}, your current draft
            {live ? `, in place of ${live.label}` : ''}.
          </p>
        </ConfirmDialog>
      ) : null}
      {asking === 'unpublish' && live ? (
        <ConfirmDialog
          title={`Unpublish ${pageName}?`}
          confirmLabel="Unpublish"
          danger
          busyLabel={busy ? 'Unpublishing…' : null}
          error={error}
          onConfirm={() => void run('unpublish')}
          onCancel={() => setAsking(null)}
        >
          <p>
            {live.label} of {pageName} goes offline; visitors get another language or device version
            of the page, if there is one. The draft stays.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  )
}
