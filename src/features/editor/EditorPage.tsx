// The /edit/:collection/:id route: loads the record and its block types, then shows the editor.
import { useEffect, useMemo } from 'react'
import { Link, useMatch, useParams, useSearchParams } from 'react-router'
import { AdapterError } from '../../adapters/types'
import type { RecordRef } from '../../adapters/types'
import { EditorStoreProvider } from '../../store'
import {
  useBackendCapabilities,
  useLoadedRecord,
  useRecordEditor,
  useRetryBackendReads,
  whenIdle,
} from '../../sync'
import { loadRichTextField } from '../fields/rich-text/load-rich-text'
import { AppHeader } from '../shared/AppHeader'
import { EmptyPanel, ErrorPanel, LoadingPanel } from '../shared/StatePanels'
import { ReviewScreen } from '../review/ReviewScreen'
import { useLeaveWarning } from '../save-status/use-leave-warning'
import { useSaveMode } from '../save-status/use-save-mode'
import { EditorScreen } from './EditorScreen'
import { pickVariant } from './record-variant'

export function EditorPage() {
  const params = useParams()
  const collection = params.collection ?? ''
  const id = params.id ?? ''
  // Backends with one document per device and locale (Drumee) name the variant in the query.
  const [search] = useSearchParams()
  const { devices, locales } = useBackendCapabilities()
  const device = pickVariant(search.get('device'), devices)
  const locale = pickVariant(search.get('locale'), locales)
  const ref = useMemo<RecordRef>(
    () => ({
      collection,
      id,
      ...(device === undefined ? {} : { device }),
      ...(locale === undefined ? {} : { locale }),
    }),
    [collection, id, device, locale],
  )
  return <RecordEditorView key={`${collection}/${id}/${device}/${locale}`} recordRef={ref} />
}

function RecordEditorView({ recordRef }: { recordRef: RecordRef }) {
  const saving = useSaveMode()
  const editor = useRecordEditor(recordRef, saving.mode)
  useLeaveWarning(editor.store, saving.mode === 'manual')
  const ready = editor.state === 'ready'
  // The text editor's code, once the page is on screen: there before a block is selected.
  useEffect(() => {
    if (!ready) return
    const task = whenIdle(() => void loadRichTextField().catch(() => undefined), 1000)
    return () => task.cancel()
  }, [ready])
  const retry = useRetryBackendReads()
  // The same query the editor loads from: it tells a missing record apart and gives the title.
  const record = useLoadedRecord(recordRef)
  const backLink = (
    <Link className="button" to={`/?collection=${encodeURIComponent(recordRef.collection)}`}>
      Back to the records
    </Link>
  )

  // /review/… shows the same open record as the review (src/features/review).
  const reviewing = useMatch('/review/:collection/:id') !== null
  if (editor.state === 'ready' && editor.store) {
    if (reviewing) {
      return (
        <EditorStoreProvider store={editor.store}>
          <ReviewScreen
            title={record.data?.title ?? recordRef.id}
            recordRef={recordRef}
            flushNow={editor.flushNow}
          />
        </EditorStoreProvider>
      )
    }
    return (
      <EditorStoreProvider store={editor.store}>
        <EditorScreen
          title={record.data?.title ?? recordRef.id}
          recordRef={recordRef}
          capabilities={editor.capabilities}
          flushNow={editor.flushNow}
          saving={saving}
          live={editor.live}
        />
      </EditorStoreProvider>
    )
  }

  let body
  if (editor.state === 'error') {
    const notFound = record.error instanceof AdapterError && record.error.kind === 'not-found'
    body = notFound ? (
      <EmptyPanel title="Record not found">
        <p>
          There is no record “{recordRef.id}” in {recordRef.collection}. It may have been deleted.
        </p>
        {backLink}
      </EmptyPanel>
    ) : (
      <ErrorPanel
        title="The record could not be opened"
        message={editor.error ?? 'Unknown error'}
        onRetry={retry}
      >
        {backLink}
      </ErrorPanel>
    )
  } else {
    body = <LoadingPanel label="Opening the record…" />
  }
  return (
    <div className="app-frame">
      <AppHeader />
      <main className="page">{body}</main>
    </div>
  )
}
