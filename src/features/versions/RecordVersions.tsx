// The "Versions" toolbar button and its panel, for backends with history: what is live, publish
// and unpublish, every stored version (open one read-only beside the draft, restore it as a new
// version). Restoring and publishing act on the saved draft, so unsaved edits are saved first
// (useRecordVersionActions, through the engine's awaitable flushNow).
import { useId, useState } from 'react'
import type { RecordRef } from '../../adapters/types'
import { useEditorStore, useEditorStoreApi } from '../../store'
import { useBackendFeatures, useRecordVersionActions, useVersionList } from '../../sync'
import type { FlushNowResult } from '../../sync'
import { deviceName, localeName } from '../editor/record-variant'
import { PublishControls } from './PublishControls'
import { VersionCompare } from './VersionCompare'
import { messageOf, usePopover } from './use-popover'

export interface RecordVersionsProps {
  recordRef: RecordRef
  title: string
  flushNow: () => Promise<FlushNowResult>
  notify: (text: string) => void
}

export function pageNameOf(title: string, ref: RecordRef): string {
  const parts = [ref.device && deviceName(ref.device), ref.locale && localeName(ref.locale)]
  const variant = parts.filter(Boolean).join(', ')
  return variant ? `${title} (${variant})` : title
}

export function RecordVersions(props: RecordVersionsProps) {
  const { history } = useBackendFeatures()
  const popover = usePopover()
  const panelId = useId()
  if (!history) return null
  return (
    <div className="versions-anchor" onKeyDown={popover.onKeyDown}>
      <button
        ref={popover.buttonRef}
        type="button"
        className="button"
        aria-expanded={popover.open}
        aria-controls={panelId}
        onClick={popover.toggle}
      >
        Versions
      </button>
      {popover.open ? <VersionsPanel {...props} id={panelId} /> : null}
    </div>
  )
}

function VersionsPanel(props: RecordVersionsProps & { id: string }) {
  const { recordRef, flushNow, notify } = props
  const store = useEditorStoreApi()
  const actions = useRecordVersionActions(recordRef, store, flushNow)
  const list = useVersionList(recordRef)
  const draftVersion = useEditorStore((s) => s.version)
  const unsaved = useEditorStore((s) => s.pending.length + s.inFlight.length > 0)
  const [opened, setOpened] = useState<{ id: string; label: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const versions = list.data?.items ?? []
  const pageName = pageNameOf(props.title, recordRef)

  const restore = async (id: string, label: string) => {
    setError(null)
    // The restore saves everything first (or says why it cannot).
    setBusy(id)
    try {
      const made = await actions.restore(id)
      notify(`Restored ${label} as version ${made ?? 'new'}`)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <section id={props.id} className="versions-panel" aria-label="Versions">
      <h2 className="versions-panel__title">Versions of {pageName}</h2>
      {unsaved ? (
        <p className="versions-panel__hint">
          Unsaved changes: publishing and restoring act on the saved draft.{' '}
          <button type="button" className="button button--quiet" onClick={() => void flushNow()}>
            Save now
          </button>
        </p>
      ) : null}
      <PublishControls
        pageName={pageName}
        draft={versions.find((v) => v.id === draftVersion)}
        live={versions.find((v) => v.published)}
        actions={actions}
        onDone={notify}
      />
      {error ? (
        <p role="alert" className="versions-panel__error">
          {error}
        </p>
      ) : null}
      {list.isPending ? <p>Loading versions…</p> : null}
      {list.error ? <p role="alert">Could not list versions: {messageOf(list.error)}</p> : null}
      <ol className="versions-panel__list" aria-label="Stored versions">
        {versions.map((v) => (
          <li key={v.id} className="versions-panel__row">
            <span className="versions-panel__label">{v.label}</span>
            {v.createdAt ? (
              <time dateTime={v.createdAt}>{new Date(v.createdAt).toLocaleString()}</time>
            ) : null}
            {v.published ? <span className="badge">Live</span> : null}
            {v.id === draftVersion ? <span className="badge">Draft</span> : null}
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Open ${v.label}`}
              aria-pressed={opened?.id === v.id}
              onClick={() => setOpened(opened?.id === v.id ? null : { id: v.id, label: v.label })}
            >
              Open
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Restore ${v.label}`}
              disabled={v.id === draftVersion}
              // aria-disabled while a restore runs: a disabled button would drop the focus.
              aria-disabled={busy !== null ? true : undefined}
              onClick={() => {
                if (busy === null) void restore(v.id, v.label)
              }}
            >
              {busy === v.id ? 'Restoring…' : 'Restore'}
            </button>
          </li>
        ))}
      </ol>
      {opened ? (
        <VersionCompare
          recordRef={recordRef}
          versionId={opened.id}
          label={opened.label}
          onClose={() => setOpened(null)}
        />
      ) : null}
    </section>
  )
}
