// The save indicator (role=status, so screen readers hear changes) and the "Save draft" button.
import { useEditorStore } from '../../store'
import { statusText } from './status-text'
import { splitStatusLabel } from './status-short'

export function SaveStatus() {
  const status = useEditorStore((s) => s.status)
  const message = useEditorStore((s) => s.statusMessage)
  const unsaved = useEditorStore((s) => s.pending.length + s.inFlight.length + s.rejected.length)
  const text = statusText(status, message, unsaved)
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

export function SaveButton({ onSave }: { onSave: () => void }) {
  const unsaved = useEditorStore((s) => s.pending.length > 0)
  return (
    <button
      type="button"
      className={unsaved ? 'button button--primary' : 'button'}
      onClick={onSave}
      aria-keyshortcuts="Control+S Meta+S"
    >
      Save draft
    </button>
  )
}
