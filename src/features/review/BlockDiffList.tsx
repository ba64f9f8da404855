// The two sides block by block: each block that differs as a card with what the other side held
// beside what the draft holds, and its changed fields as diffs; runs of unchanged blocks fold
// into one line.
import { useId } from 'react'
import type { Block, BlockTypeSchema } from '../../core'
import { blockLabel } from '../../core'
import type { BlockChange, BlockDiff } from '../../core'
import { htmlToPlainText } from '../../core'
import { previewEntries } from '../canvas/preview-entries'
import { ReferenceText } from '../blocks-view'
import { referenceFieldAt, valueAt } from './reference-path'
import { FieldDiff } from './DiffText'
import { reviewBlockAnchor } from './review-paths'
import { useShowMore } from './use-show-more'

const FIRST_ITEMS = 100

interface ListProps {
  diff: BlockDiff
  schema: readonly BlockTypeSchema[]
  /** The comparison side's name ("Published", "Version 3", "Saved"). */
  baselineLabel: string
  /** How many cards (and unchanged runs) show before "Show more". */
  first?: number
}

const STATUS = {
  added: 'Added',
  removed: 'Removed',
  moved: 'Moved',
  changed: 'Changed',
  unchanged: 'Unchanged',
} as const

export function BlockDiffList(props: ListProps) {
  const items: (
    { kind: 'run'; from: number; count: number } | { kind: 'block'; change: BlockChange }
  )[] = []
  props.diff.blocks.forEach((change, index) => {
    const last = items[items.length - 1]
    if (change.kind !== 'unchanged') items.push({ kind: 'block', change })
    else if (last?.kind === 'run') last.count += 1
    else items.push({ kind: 'run', from: index, count: 1 })
  })
  const more = useShowMore<HTMLDivElement>(
    items.length,
    props.first ?? FIRST_ITEMS,
    '.review-blocks > *',
  )
  return (
    <div ref={more.container} className="review-blocks">
      {items.slice(0, more.limit).map((item) =>
        item.kind === 'run' ? (
          <p key={`run-${item.from}`} className="review-unchanged muted" tabIndex={-1}>
            {item.count === 1 ? '1 block unchanged' : `${item.count} blocks unchanged`}
          </p>
        ) : (
          <BlockCard key={item.change.blockId} change={item.change} {...props} />
        ),
      )}
      {more.hidden > 0 ? (
        <button type="button" className="button review-more" onClick={more.showAll}>
          {`Show ${more.hidden} more`}
        </button>
      ) : null}
    </div>
  )
}

function BlockCard(props: ListProps & { change: BlockChange }) {
  const { change, schema } = props
  const id = useId()
  const block = (change.after ?? change.before) as Block
  const schemaType = schema.find((t) => t.type === block.type)
  const status =
    change.kind === 'changed' && change.moved ? 'Moved and changed' : STATUS[change.kind]
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
      </header>
      <div className="review-block__sides">
        <Side
          title={props.baselineLabel}
          block={change.before}
          schema={schema}
          missing="Not there"
        />
        <Side title="Draft" block={change.after} schema={schema} missing="Removed" />
      </div>
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
    </article>
  )
}

/** A changed reference shows the titles on both sides; any other change its diff. */
function ChangedField(props: {
  change: BlockChange['fields'][number]
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

function Side(props: {
  title: string
  block: Block | null
  schema: readonly BlockTypeSchema[]
  missing: string
}) {
  const { block } = props
  const schemaType = block ? props.schema.find((t) => t.type === block.type) : undefined
  const entries = block ? previewEntries(block, schemaType) : []
  return (
    // A group, not a region: every card has a "Published" and a "Draft" side, and landmarks
    // of one name repeated per block would make landmark navigation useless.
    <section className="review-side" role="group" aria-label={props.title}>
      <h4>{props.title}</h4>
      {!block ? (
        <p className="muted">{props.missing}</p>
      ) : entries.length === 0 ? (
        <p className="muted">No content</p>
      ) : (
        <dl>
          {entries.map((entry) => (
            <div key={entry.key}>
              <dt>{entry.label}</dt>
              <dd>
                <SideValue entry={entry} block={block} schemaType={schemaType} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  )
}

function SideValue(props: {
  entry: ReturnType<typeof previewEntries>[number]
  block: Block | null
  schemaType: BlockTypeSchema | undefined
}) {
  const { entry, block } = props
  const field = referenceFieldAt(props.schemaType, [entry.key])
  if (field && block) return <ReferenceText field={field} value={block.value[entry.key]} />
  return <>{entry.kind === 'html' ? htmlToPlainText(entry.text) : entry.text}</>
}
