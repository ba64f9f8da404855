// A record's blocks as a visitor sees them: the same block views the canvas draws, without the
// editing chrome, nested blocks inside their container (drawn to MAX_DRAWN_DEPTH levels), in the
// page's theme.
import { memo, useMemo } from 'react'
import type { Block, BlockTypeSchema } from '../../core'
import { BlockBody, MAX_DRAWN_DEPTH, TooDeepNote } from '../blocks-view'
import type { ThemeLook } from '../blocks-view'

/** A very long page is cut here: the preview is for looking at, and must not stall typing. */
export const PREVIEW_LIMIT = 300

export const PageRender = memo(function PageRender(props: {
  blocks: readonly Block[]
  schema: readonly BlockTypeSchema[]
  theme?: ThemeLook
}) {
  const now = useMemo(() => new Date(), [])
  const byType = useMemo(() => new Map(props.schema.map((t) => [t.type, t])), [props.schema])
  const shown = props.blocks.slice(0, PREVIEW_LIMIT)
  if (props.blocks.length === 0)
    return <p className="pv-muted pv-empty">This page has no blocks.</p>
  return (
    <div
      className={`pv-page page-surface ${props.theme?.className ?? ''}`}
      style={props.theme?.style}
    >
      <BlockRun blocks={shown} byType={byType} now={now} depth={0} />
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
  byType: ReadonlyMap<string, BlockTypeSchema>
  now: Date
  depth: number
}) {
  return (
    <>
      {props.blocks.map((block) => (
        <div
          key={block.id}
          className={`pv-block pv-block--${block.type}`}
          data-preview-block={block.id}
        >
          <BlockBody block={block} schemaType={props.byType.get(block.type)} now={props.now} />
          {block.children && block.children.length > 0 ? (
            <div className="pv-children">
              {props.depth + 1 >= MAX_DRAWN_DEPTH ? (
                <TooDeepNote blocks={block.children} />
              ) : (
                <BlockRun
                  blocks={block.children}
                  byType={props.byType}
                  now={props.now}
                  depth={props.depth + 1}
                />
              )}
            </div>
          ) : null}
        </div>
      ))}
    </>
  )
}
