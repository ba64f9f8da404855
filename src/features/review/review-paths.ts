// Where the review lives and how it points back into the editor. A record's variant (Drumee's
// device and locale) travels in the query, as the editor reads it, so both stay on one document.
import type { RecordRef } from '../../adapters/types'

const segments = (ref: RecordRef) =>
  `${encodeURIComponent(ref.collection)}/${encodeURIComponent(ref.id)}`

function query(ref: RecordRef, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams()
  if (ref.device !== undefined) params.set('device', ref.device)
  if (ref.locale !== undefined) params.set('locale', ref.locale)
  for (const [key, value] of Object.entries(extra)) params.set(key, value)
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}

export function reviewPath(ref: RecordRef): string {
  return `/review/${segments(ref)}${query(ref)}`
}

export function editorPath(ref: RecordRef): string {
  return `/edit/${segments(ref)}${query(ref)}`
}

/** The editor with one block selected and focused (the change list's links). */
export function blockInEditorPath(ref: RecordRef, blockId: string): string {
  return `/edit/${segments(ref)}${query(ref, { block: blockId })}`
}

/** The id of a block's card in the review, for links to a block the draft no longer has. */
export function reviewBlockAnchor(blockId: string): string {
  return `review-block-${blockId}`
}
