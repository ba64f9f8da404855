// The editor toolbar's preview controls: show the preview beside the canvas, or open it on its
// own page (a new tab, so the editor and its unsaved edits stay open).
import { Link } from 'react-router'
import type { RecordRef } from '../../adapters/types'
import { Icon } from '../shared/Icon'

export function previewPath(ref: RecordRef): string {
  return `/preview/${encodeURIComponent(ref.collection)}/${encodeURIComponent(ref.id)}`
}

export function PreviewControls(props: {
  recordRef: RecordRef
  open: boolean
  onToggle: () => void
}) {
  return (
    <div className="toolbar-group preview-controls">
      <button type="button" className="button" aria-pressed={props.open} onClick={props.onToggle}>
        Preview
      </button>
      <Link
        className="button button--quiet"
        to={previewPath(props.recordRef)}
        target="_blank"
        rel="noopener"
      >
        <Icon name="external" /> <span className="button__text">Open preview</span>
      </Link>
    </div>
  )
}
