// A line under the toolbar when the open variant has no content of its own and the backend shows
// another one's (Drumee: French falls back to English): editors must not think they are looking
// at the French page. It goes once the variant has been saved (its version is no longer the one
// that was read).
import type { RecordRef } from '../../adapters/types'
import { useEditorStore } from '../../store'
import { useLoadedRecord } from '../../sync'
import { fallbackNote } from './record-variant'

export function VariantFallbackNote({ recordRef }: { recordRef: RecordRef }) {
  const record = useLoadedRecord(recordRef)
  const version = useEditorStore((s) => s.version)
  const shownFrom = record.data?.shownFrom
  if (!shownFrom || version !== record.data?.version) return null
  const asked = {
    ...(recordRef.device === undefined ? {} : { device: recordRef.device }),
    ...(recordRef.locale === undefined ? {} : { locale: recordRef.locale }),
  }
  const note = fallbackNote(asked, shownFrom)
  if (note === null) return null
  return <p className="variant-fallback">{note}</p>
}
