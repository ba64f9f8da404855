// The record's menu for backends that can rename and copy records (Drumee's hub pages): rename
// the page, or copy its saved draft as a new page and open the copy.
import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { useNavigate } from 'react-router'
import type { RecordRef } from '../../adapters/types'
import { useEditorStoreApi } from '../../store'
import { useBackendFeatures, useRecordVersionActions } from '../../sync'
import type { FlushNowResult } from '../../sync'
import { messageOf, usePopover } from './use-popover'

export interface PageActionsProps {
  recordRef: RecordRef
  title: string
  notify: (text: string) => void
  flushNow: () => Promise<FlushNowResult>
}

export function PageActions(props: PageActionsProps) {
  const { recordAdmin } = useBackendFeatures()
  const popover = usePopover()
  const menuId = useId()
  if (!recordAdmin) return null
  return (
    <div className="versions-anchor" onKeyDown={popover.onKeyDown}>
      <button
        ref={popover.buttonRef}
        type="button"
        className="button"
        aria-expanded={popover.open}
        aria-controls={menuId}
        onClick={popover.toggle}
      >
        Page
      </button>
      {popover.open ? <PageActionsMenu {...props} id={menuId} onClose={popover.close} /> : null}
    </div>
  )
}

function PageActionsMenu(props: PageActionsProps & { id: string; onClose: () => void }) {
  const { recordRef, notify, onClose } = props
  const store = useEditorStoreApi()
  const actions = useRecordVersionActions(recordRef, store, props.flushNow)
  const navigate = useNavigate()
  const [name, setName] = useState(props.title)
  const [copyName, setCopyName] = useState(`${props.title}-copy`)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const ids = { rename: useId(), copy: useId() }

  const submit = (run: () => Promise<void>) => async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await run()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }
  const rename = submit(async () => {
    const title = await actions.rename(name)
    notify(`Renamed to ${title}`)
    onClose()
  })
  const copy = submit(async () => {
    const copied = await actions.copy(copyName)
    notify(`Copied as ${copyName}`)
    const search = new URLSearchParams()
    if (copied.device) search.set('device', copied.device)
    if (copied.locale) search.set('locale', copied.locale)
    const query = search.toString()
    void navigate(
      `/edit/${encodeURIComponent(copied.collection)}/${encodeURIComponent(copied.id)}${query ? `?${query}` : ''}`,
    )
  })

  return (
    <section id={props.id} className="versions-panel versions-panel--narrow" aria-label="Page">
      <form onSubmit={(e) => void rename(e)} className="page-actions__form">
        <label htmlFor={ids.rename}>New name</label>
        <input
          id={ids.rename}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          autoFocus
        />
        <button type="submit" className="button" disabled={busy}>
          Rename
        </button>
      </form>
      <form onSubmit={(e) => void copy(e)} className="page-actions__form">
        <label htmlFor={ids.copy}>Name of the copy</label>
        <input
          id={ids.copy}
          value={copyName}
          onChange={(e) => setCopyName(e.target.value)}
          required
        />
        <button type="submit" className="button" disabled={busy}>
          Copy as a new page
        </button>
      </form>
      {error ? (
        <p role="alert" className="versions-panel__error">
          {error}
        </p>
      ) : null}
    </section>
  )
}
