// A record's blocks as a visitor sees them: each known type by its own view, any other type from
// its schema (labels and values), nested blocks inside their container.
import { memo } from 'react'
import type { ReactNode } from 'react'
import type { Block, BlockTypeSchema } from '../../core'
import { summarize } from '../canvas/preview-entries'
import { BLOCK_VIEWS } from './block-views'
import { RichHtml } from './RichHtml'
import { html } from './values'

/** A very long page is cut here: the preview is for looking at, and must not stall typing. */
export const PREVIEW_LIMIT = 300

export const PageRender = memo(function PageRender(props: {
  blocks: readonly Block[]
  schema: readonly BlockTypeSchema[]
}) {
  const now = new Date()
  const shown = props.blocks.slice(0, PREVIEW_LIMIT)
  if (props.blocks.length === 0)
    return <p className="pv-muted pv-empty">This page has no blocks.</p>
  return (
    <div className="pv-page">
      <BlockRun blocks={shown} schema={props.schema} now={now} />
      {props.blocks.length > shown.length ? (
        <p className="pv-muted">
          The preview shows the first {PREVIEW_LIMIT} of {props.blocks.length} blocks.
        </p>
      ) : null}
    </div>
  )
})

function BlockRun(props: {
  blocks: readonly Block[]
  schema: readonly BlockTypeSchema[]
  now: Date
}) {
  return (
    <>
      {props.blocks.map((block) => (
        <div
          key={block.id}
          className={`pv-block pv-block--${block.type}`}
          data-preview-block={block.id}
        >
          <BlockView block={block} schema={props.schema} now={props.now} />
          {block.children && block.children.length > 0 ? (
            <div className="pv-children">
              <BlockRun blocks={block.children} schema={props.schema} now={props.now} />
            </div>
          ) : null}
        </div>
      ))}
    </>
  )
}

function BlockView(props: { block: Block; schema: readonly BlockTypeSchema[]; now: Date }) {
  const { block } = props
  const View = BLOCK_VIEWS[block.type]
  if (View) return <View values={block.value} now={props.now} />
  return <GenericBlock block={block} schemaType={props.schema.find((s) => s.type === block.type)} />
}

/** A type the preview has no view for: its filled-in fields, readable. */
function GenericBlock({
  block,
  schemaType,
}: {
  block: Block
  schemaType: BlockTypeSchema | undefined
}) {
  const rows = (schemaType?.fields ?? []).flatMap(
    (field): { key: string; label: string; body: ReactNode }[] => {
      if (field.type === 'richText') {
        const body = html(block.value, field.key)
        return body ? [{ key: field.key, label: field.label, body: <RichHtml html={body} /> }] : []
      }
      const line = summarize(field, block.value[field.key])
      return line ? [{ key: field.key, label: field.label, body: line }] : []
    },
  )
  return (
    <section className="pv-generic" aria-label={schemaType?.label ?? block.type}>
      <p className="pv-generic__type">{schemaType?.label ?? block.type}</p>
      {rows.map((row) => (
        <div key={row.key} className="pv-generic__row">
          <span className="pv-generic__label">{row.label}</span>
          <div>{row.body}</div>
        </div>
      ))}
    </section>
  )
}
