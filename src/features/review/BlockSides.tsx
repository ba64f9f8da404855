// A block's content as the reader sees it, for one side of the review: its filled-in fields with
// rich text rendered (sanitised HTML, formatting kept) and references by their titles. Shown
// alone for an added or removed block, or the two sides together when a card asks for them.
import { useId, useMemo } from 'react'
import type { Block, BlockTypeSchema } from '../../core'
import { previewEntries } from '../canvas/preview-entries'
import { ReferenceText } from '../blocks-view'
import { sanitizeHtml } from '../shared/sanitize-html'
import { referenceFieldAt } from './reference-path'

/** Rich text rendered as it reads, never unsanitised. */
export function ReviewRichText({ html }: { html: string }) {
  const clean = useMemo(() => sanitizeHtml(html), [html])
  return <div className="review-rich" dangerouslySetInnerHTML={{ __html: clean }} />
}

export function BlockContent(props: {
  /** The side's name, which also names the group for screen readers ("Published", "Draft"). */
  title: string
  block: Block | null
  schema: readonly BlockTypeSchema[]
  missing: string
}) {
  const { block } = props
  const titleId = useId()
  const schemaType = block ? props.schema.find((t) => t.type === block.type) : undefined
  const entries = block ? previewEntries(block, schemaType) : []
  return (
    // A group, not a region: one per card would repeat the same landmark names down the page.
    <div className="review-side" role="group" aria-labelledby={titleId}>
      <h4 className="review-side__title" id={titleId}>
        {props.title}
      </h4>
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
                <EntryValue entry={entry} block={block} schemaType={schemaType} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  )
}

function EntryValue(props: {
  entry: ReturnType<typeof previewEntries>[number]
  block: Block
  schemaType: BlockTypeSchema | undefined
}) {
  const { entry, block } = props
  const field = referenceFieldAt(props.schemaType, [entry.key])
  if (field) return <ReferenceText field={field} value={block.value[entry.key]} />
  if (entry.kind === 'html') return <ReviewRichText html={entry.text} />
  return <>{entry.text}</>
}

export function BlockSides(props: {
  id: string
  before: Block | null
  after: Block | null
  schema: readonly BlockTypeSchema[]
  baselineLabel: string
}) {
  return (
    <div className="review-block__sides" id={props.id}>
      <BlockContent
        title={props.baselineLabel}
        block={props.before}
        schema={props.schema}
        missing="Not there"
      />
      <BlockContent title="Draft" block={props.after} schema={props.schema} missing="Removed" />
    </div>
  )
}
