// The editor's one-row toolbar: back to the records, the title, history, the record's tools, the
// save status and the save button. What does not fit moves into "More" (toolbar-fit.ts), so the
// row never wraps and the save button is never left alone on a second row.
import { useRef } from 'react'
import type { ReactNode } from 'react'
import { Link, useLocation } from 'react-router'
import type { RecordRef } from '../../adapters/types'
import { UndoRedoButtons } from '../history/UndoRedoButtons'
import { SaveOptions } from '../save-status/SaveOptions'
import { SaveButton, SaveStatus } from '../save-status/SaveStatus'
import type { SaveModeChoice } from '../save-status/use-save-mode'
import { Icon } from '../shared/Icon'
import { PeopleOnRecord } from '../presence/PeopleOnRecord'
import { ToolbarMore } from './ToolbarMore'
import { useToolbarFit } from './use-toolbar-fit'

export interface EditorToolbarProps {
  title: string
  recordRef: RecordRef
  onSave: () => void
  /** The backend keeps drafts ("Save draft") or a save goes live ("Save"). */
  drafts: boolean
  /** The user's autosave choice, offered where a save goes live. */
  saving?: SaveModeChoice | undefined
  /** The record's tools (review, preview, variants, versions): on the row when they fit. */
  tools: ReactNode
}

export function EditorToolbar(props: EditorToolbarProps) {
  const { title, recordRef, onSave, tools, drafts, saving } = props
  // The autosave choice and its "go live" line: on the row when everything fits, else in "More"
  // (the status says "waiting for Save" on the row either way).
  const options = saving?.offered ? (
    <SaveOptions mode={saving.mode} onModeChange={saving.setMode} />
  ) : null
  const row = useRef<HTMLDivElement>(null)
  const level = useToolbarFit(row)
  // A variant switch used from inside "More" opens the other variant with "More" open again,
  // so the switch can take the focus back.
  const location = useLocation()
  const switchedVariant = (location.state as { focusVariant?: string } | null)?.focusVariant

  return (
    // A landmark, so the record's title and actions are reachable like the panels.
    <div
      ref={row}
      className={`editor-toolbar editor-toolbar--one-row editor-toolbar--fit-${level}`}
      role="region"
      aria-label="Editor toolbar"
    >
      <Link
        className="button button--quiet editor-toolbar__back"
        to={`/?collection=${encodeURIComponent(recordRef.collection)}`}
      >
        <Icon name="back" /> <span className="editor-toolbar__back-text">Records</span>
      </Link>
      <div className="editor-toolbar__title">
        <span className="editor-toolbar__collection">{recordRef.collection}</span>
        <h1 title={title}>{title}</h1>
      </div>
      <PeopleOnRecord />
      {level < 2 ? <UndoRedoButtons /> : null}
      {level === 0 ? <div className="editor-toolbar__tools">{tools}</div> : null}
      <SaveStatus onDemand={saving?.mode === 'manual'} />
      {options && level === 0 ? options : null}
      <SaveButton onSave={onSave} drafts={drafts} />
      {level > 0 ? (
        <ToolbarMore initiallyOpen={switchedVariant !== undefined}>
          {level === 2 ? <UndoRedoButtons /> : null}
          {tools}
          {options}
        </ToolbarMore>
      ) : null}
    </div>
  )
}
