// The short rendering of a block inside its card. Rich text is shown as sanitized HTML.
import { memo, useMemo } from 'react'
import type { Block, BlockTypeSchema } from '../../core'
import { sanitizeHtml } from '../shared/sanitize-html'
import { previewEntries, type PreviewEntry } from './preview-entries'

export const BlockPreview = memo(function BlockPreview(props: {
  block: Block
  schemaType: BlockTypeSchema | undefined
}) {
  const entries = useMemo(
    () => previewEntries(props.block, props.schemaType),
    [props.block, props.schemaType],
  )
  if (entries.length === 0) return <p className="block-preview block-preview--empty">Empty</p>
  return (
    <dl className="block-preview">
      {entries.map((entry) => (
        <div key={entry.key} className="block-preview__row">
          <dt>{entry.label}</dt>
          <dd>{entry.kind === 'html' ? <HtmlPreview html={entry.text} /> : entry.text}</dd>
        </div>
      ))}
    </dl>
  )
})

function HtmlPreview({ html }: { html: PreviewEntry['text'] }) {
  const clean = useMemo(() => sanitizeHtml(html), [html])
  return <div className="block-preview__html" dangerouslySetInnerHTML={{ __html: clean }} />
}
