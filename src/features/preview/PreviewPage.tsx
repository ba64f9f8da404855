// The /preview/:collection/:id route: the record's saved draft as a visitor would see it, refreshed
// while open so it follows the editor in another tab.
import { useEffect, useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { AdapterError } from '../../adapters/types'
import type { RecordRef } from '../../adapters/types'
import { useDraftPreview } from '../../sync'
import { AppHeader } from '../shared/AppHeader'
import { Icon } from '../shared/Icon'
import { EmptyPanel, ErrorPanel, LoadingPanel } from '../shared/StatePanels'
import { usePageTheme } from '../blocks-view'
import { PageRender } from './PageRender'
import { PreviewFrame } from './PreviewFrame'

export function PreviewPage() {
  const params = useParams()
  const collection = params.collection ?? ''
  const id = params.id ?? ''
  const ref = useMemo<RecordRef>(() => ({ collection, id }), [collection, id])
  const preview = useDraftPreview(ref)
  const theme = usePageTheme(ref)
  const title = preview.document?.title ?? id
  const editPath = `/edit/${encodeURIComponent(collection)}/${encodeURIComponent(id)}`

  useEffect(() => {
    document.title = `Preview: ${title} · Block editor`
    return () => {
      document.title = 'Block editor'
    }
  }, [title])

  let body
  if (preview.state === 'ready' && preview.document && preview.schema) {
    body = (
      <PreviewFrame>
        <PageRender blocks={preview.document.blocks} schema={preview.schema} theme={theme} />
      </PreviewFrame>
    )
  } else if (preview.state === 'error') {
    const error = preview.error
    body =
      error instanceof AdapterError && error.kind === 'not-found' ? (
        <EmptyPanel title="Record not found">
          <p>
            There is no record “{id}” in {collection}.
          </p>
        </EmptyPanel>
      ) : (
        <ErrorPanel
          title="The preview could not be loaded"
          message={error instanceof Error ? error.message : 'Unknown error'}
          onRetry={preview.refetch}
        />
      )
  } else {
    body = <LoadingPanel label="Loading the preview…" />
  }

  return (
    <div className="app-frame">
      <AppHeader />
      <main className="preview-page">
        <div className="preview-page__head">
          <Link className="button button--quiet" to={editPath}>
            <Icon name="back" /> Edit
          </Link>
          <div>
            <span className="muted">Preview of the draft · {collection}</span>
            <h1 className="preview-page__title">{title}</h1>
          </div>
        </div>
        {body}
      </main>
    </div>
  )
}
