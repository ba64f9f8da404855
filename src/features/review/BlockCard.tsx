// One block that differs, shown once: what changed (the field diffs, the move in words, or the
// content an added or removed block holds), with a toggle that shows the two sides in full.
import { useId, useState } from 'react'
import type { Block, BlockChange, BlockTypeSchema, FieldChange } from '../../core'
import { blockLabel } from '../../core'
import { ReferenceText } from '../blocks-view'
import { CommentButton } from '../comments'
import { BlockContent, BlockSides } from './BlockSides'
import { FieldDiff } from './DiffText'
import { referenceFieldAt, valueAt } from './reference-path'
import { reviewBlockAnchor } from './review-paths'

const STATUS = {
  added: 'Added',
  removed: 'Removed',
  moved: 'Moved',
  changed: 'Changed',
  unchanged: 'Unchanged',
} as const

export interface BlockCardProps {
  change: BlockChange
  schema: readonly BlockTypeSchema[]
  /** The comparison side's name ("Published", "Version 3", "Saved"). */
  baselineLabel: string
  /** Where it moved, in words, when it moved. */
  move: string | undefined
}

export function BlockCard(props: BlockCardProps) {
  const { change, schema, move } = props
  const id = useId()
  const [sides, setSides] = useState(false)
  const block = (change.after ?? change.before) as Block
  const schemaType = schema.find((t) => t.type === block.type)
  const status =
    change.kind === 'changed' && change.moved ? 'Moved and changed' : STATUS[change.kind]
  // Only a changed block has two different sides worth comparing; a moved one holds the same.
  const canCompare = change.kind === 'changed'
  return (
    <article
      id={reviewBlockAnchor(change.blockId)}
      className={`review-block review-block--${change.kind}`}
      style={{ marginInlineStart: change.depth * 20 }}
      aria-labelledby={`${id}-title`}
      data-review-block={change.blockId}
      tabIndex={-1}
    >
      <header className="review-block__head">
        <h3 id={`${id}-title`}>{blockLabel(block, schemaType)}</h3>
        <span className="badge">{schemaType?.label ?? block.type}</span>
        <span className={`review-status review-status--${change.kind}`}>{status}</span>
        <CommentButton
          blockId={change.blockId}
          blockLabel={blockLabel(block, schemaType)}
          describedBy={`${id}-title`}
        />
      </header>
      {move ? <p className="review-move">{move}.</p> : null}
      {change.kind === 'added' ? (
        <BlockContent title="Draft" block={change.after} schema={schema} missing="" />
      ) : null}
      {change.kind === 'removed' ? (
        <BlockContent
          title={props.baselineLabel}
          block={change.before}
          schema={schema}
          missing=""
        />
      ) : null}
      {change.fields.length > 0 ? (
        <dl className="review-fields" aria-label="Changed fields">
          {change.fields.map((field) => (
            <div key={field.path.join('/')} className="review-field">
              <dt>{field.labels.join(' › ')}</dt>
              <dd>
                <ChangedField change={field} block={change} schemaType={schemaType} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {canCompare ? (
        <>
          <button
            type="button"
            className="button button--quiet button--small review-block__toggle"
            aria-expanded={sides}
            aria-controls={sides ? `${id}-sides` : undefined}
            onClick={() => setSides((open) => !open)}
          >
            {sides ? 'Hide both sides' : 'Show both sides'}
          </button>
          {sides ? (
            <BlockSides
              id={`${id}-sides`}
              before={change.before}
              after={change.after}
              schema={schema}
              baselineLabel={props.baselineLabel}
            />
          ) : null}
        </>
      ) : null}
    </article>
  )
}

/** A changed reference shows the titles on both sides; any other change its diff. */
function ChangedField(props: {
  change: FieldChange
  block: BlockChange
  schemaType: BlockTypeSchema | undefined
}) {
  const { change, block } = props
  const field = referenceFieldAt(props.schemaType, change.path)
  if (!field) return <FieldDiff change={change} />
  return (
    <span className="review-diff">
      <del>
        <span className="visually-hidden">removed: </span>
        <ReferenceText field={field} value={valueAt(block.before, change.path)} />
      </del>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> now </span>
      <ins>
        <span className="visually-hidden">added: </span>
        <ReferenceText field={field} value={valueAt(block.after, change.path)} />
      </ins>
    </span>
  )
}
