// The preview beside the canvas: it renders the editor store's view, so it follows every edit
// (deferred, so a long page never slows typing down).
import { useDeferredValue } from 'react'
import { useEditorStore } from '../../store'
import { usePageTheme } from '../blocks-view'
import { PageRender } from './PageRender'
import { PreviewFrame } from './PreviewFrame'

export function EditorPreviewPane() {
  const view = useDeferredValue(useEditorStore((s) => s.view))
  const schema = useEditorStore((s) => s.schema)
  const theme = usePageTheme(useEditorStore((s) => s.ref))
  return (
    <section className="preview-pane" aria-label="Preview">
      <PreviewFrame>
        <PageRender blocks={view} schema={schema} theme={theme} />
      </PreviewFrame>
    </section>
  )
}
