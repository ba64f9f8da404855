// The save indicator (role=status, so screen readers hear changes) and the save button: "Save
// draft" where the backend keeps drafts, "Save" where a save goes live.
import { useEditorStore } from '../../store'
import { statusText } from './status-text'
import { splitStatusLabel } from './status-short'

/** `onDemand`: the user saves only with the button, so unsaved changes are said to be waiting. */
export function SaveStatus({ onDemand = false }: { onDemand?: boolean }) {
  const status = useEditorStore((s) => s.status)
  const message = useEditorStore((s) => s.statusMessage)
  const unsaved = useEditorStore((s) => s.pending.length + s.inFlight.length + s.rejected.length)
  const text = statusText(status, message, unsaved, onDemand)
  const [short, rest] = splitStatusLabel(text.label)
  return (
    <div className={`save-status save-status--${status}`}>
      <span className="save-status__dot" aria-hidden="true" />
      <span role="status" id="save-status" className="save-status__label">
        {short}
        {rest ? <span className="save-status__rest">{rest}</span> : null}
      </span>
      {text.detail ? (
        <span className="save-status__detail" title={text.detail}>
          {text.detail}
        </span>
      ) : null}
    </div>
  )
}

export function SaveButton({ onSave, drafts = true }: { onSave: () => void; drafts?: boolean }) {
  const unsaved = useEditorStore((s) => s.pending.length > 0)
  return (
    <button
      type="button"
      className={unsaved ? 'button button--primary' : 'button'}
      onClick={onSave}
      aria-keyshortcuts="Control+S Meta+S"
    >
      {drafts ? 'Save draft' : 'Save'}
    </button>
  )
}
