// Changes the backend refused, shown where the user made them: on the block (with "Discard
// change", which brings the backend's value back) and next to the fields they set. The value the
// user typed stays in the field; editing it again sends it again.
import { memo, useMemo } from 'react'
import { findBlock } from '../../core'
import type { FieldSchema } from '../../core'
import { useEditorStore } from '../../store'
import type { RejectedChange } from '../../store'

export function RejectedNotice({ change }: { change: RejectedChange }) {
  const discard = useEditorStore((s) => s.discardRejected)
  return (
    <div className="issue issue--error" role="alert">
      <p className="issue__text">
        <strong>Not saved.</strong> {change.message} — edit it to send it again, or discard it.
      </p>
      <div className="issue__actions">
        <button type="button" className="button button--small" onClick={() => discard(change.id)}>
          Discard change
        </button>
      </div>
    </div>
  )
}

/** The refused changes shown on one block. */
export const BlockRejections = memo(function BlockRejections({ blockId }: { blockId: string }) {
  const all = useEditorStore((s) => s.rejected)
  const mine = useMemo(() => all.filter((r) => r.blockId === blockId), [all, blockId])
  return (
    <>
      {mine.map((r) => (
        <RejectedNotice key={r.id} change={r} />
      ))}
    </>
  )
})

/** Refused changes whose block is not on the page (a refused insert elsewhere, a general one). */
export function OrphanRejections() {
  const all = useEditorStore((s) => s.rejected)
  const view = useEditorStore((s) => s.view)
  const orphans = useMemo(
    () => all.filter((r) => r.blockId === null || !findBlock(view, r.blockId)),
    [all, view],
  )
  return (
    <>
      {orphans.map((r) => (
        <RejectedNotice key={r.id} change={r} />
      ))}
    </>
  )
}

const keyOf = (field: FieldSchema) => (field.type === 'richText' ? `${field.key}_html` : field.key)

/** In the block's form: which of its fields hold a value the backend refused, and why. */
export function RejectedFieldNotes(props: { blockId: string; fields: readonly FieldSchema[] }) {
  const all = useEditorStore((s) => s.rejected)
  const notes = useMemo(
    () =>
      all
        .filter((r) => r.blockId === props.blockId && r.fields.length > 0)
        .flatMap((r) =>
          props.fields
            .filter((f) => r.fields.includes(keyOf(f)))
            .map((f) => ({ id: `${r.id}:${f.key}`, label: f.label, message: r.message })),
        ),
    [all, props.blockId, props.fields],
  )
  if (notes.length === 0) return null
  return (
    <ul className="field-rejections" aria-label="Fields not saved">
      {notes.map((n) => (
        <li key={n.id} className="field__error">
          {n.label}: not saved. {n.message}
        </li>
      ))}
    </ul>
  )
}
