// The editor for one open record: toolbar (back, title, undo/redo, save status, save), the
// canvas, the field panel, and the hosts of the palette and the notices.
import { useEffect, useMemo, useState } from 'react'
import { Link } from 'react-router'
import type { Capabilities, RecordRef } from '../../adapters/types'
import { useEditorStore, useEditorStoreApi } from '../../store'
import { Canvas } from '../canvas/Canvas'
import { FieldsPanel } from '../fields/FieldsPanel'
import { OutlinePanel } from '../outline/OutlinePanel'
import { UndoRedoButtons } from '../history/UndoRedoButtons'
import { PaletteHost } from '../palette/PaletteHost'
import { EditorPreviewPane } from '../preview/EditorPreviewPane'
import { PreviewControls } from '../preview/PreviewControls'
import { SaveButton, SaveStatus } from '../save-status/SaveStatus'
import { SaveOptions } from '../save-status/SaveOptions'
import type { SaveModeChoice } from '../save-status/use-save-mode'
import { AppHeader } from '../shared/AppHeader'
import { Icon } from '../shared/Icon'
import { SidePanelTabs } from '../theme/SidePanelTabs'
import { createBlockCommands } from './block-commands'
import { BlockCommandsContext } from './commands-context'
import { EditorUiContext, createEditorUi } from './editor-ui'
import { NoticeHost } from './NoticeHost'
import { OrphanIssues } from './OrphanIssues'
import { useEditorShortcuts } from './use-editor-shortcuts'
import { VariantSwitch } from './VariantSwitch'
import { PageActions } from '../versions/PageActions'
import { RecordVersions } from '../versions/RecordVersions'
import { ReviewLink } from '../review/ReviewLink'
import type { FlushNowResult } from '../../sync'
import { useFocusFromReview } from '../review/use-focus-from-review'

export interface EditorScreenProps {
  title: string
  recordRef: RecordRef
  capabilities: Capabilities
  flushNow: () => Promise<FlushNowResult>
  /** Autosave or save on demand (offered on backends without drafts); absent: autosave. */
  saving?: SaveModeChoice
}

export function EditorScreen(props: EditorScreenProps) {
  const { recordRef, flushNow } = props
  const store = useEditorStoreApi()
  const schema = useEditorStore((s) => s.schema)
  const nesting = props.capabilities.nesting
  const ui = useMemo(() => createEditorUi(schema, nesting), [schema, nesting])
  const [commands] = useState(() =>
    createBlockCommands({
      store,
      ui,
      newId: () => crypto.randomUUID(),
      storage: window.localStorage,
    }),
  )
  useEditorShortcuts(store, flushNow, commands, ui)
  // A line of the review's change list opens the editor on its block.
  useFocusFromReview(store, ui.focusBlock)
  useEffect(() => {
    // Edits kept by the outbox from a reload, a crash or a closed tab were replayed on opening.
    const restored = store.getState().restoredCount
    if (restored === 0) return
    const noun = restored === 1 ? 'change' : 'changes'
    ui.notify(`Restored ${restored} unsaved ${noun} from your last session`)
  }, [store, ui])
  const [previewOpen, setPreviewOpen] = useState(false)
  useEffect(() => {
    document.title = `${props.title} · Block editor`
    return () => {
      document.title = 'Block editor'
    }
  }, [props.title])

  return (
    <EditorUiContext.Provider value={ui}>
      <BlockCommandsContext.Provider value={commands}>
        <div className="app-frame editor-frame">
          <AppHeader />
          {/* A landmark, so the record's title and actions are reachable like the panels. */}
          <div className="editor-toolbar" role="region" aria-label="Editor toolbar">
            <Link
              className="button button--quiet editor-toolbar__back"
              to={`/?collection=${encodeURIComponent(recordRef.collection)}`}
            >
              <Icon name="back" /> <span className="editor-toolbar__back-text">Records</span>
            </Link>
            <div className="editor-toolbar__title">
              <span className="editor-toolbar__collection">{recordRef.collection}</span>
              <h1>{props.title}</h1>
            </div>
            <UndoRedoButtons />
            <ReviewLink recordRef={recordRef} />
            <PreviewControls
              recordRef={recordRef}
              open={previewOpen}
              onToggle={() => setPreviewOpen((open) => !open)}
            />
            <VariantSwitch
              recordRef={recordRef}
              capabilities={props.capabilities}
              onBeforeSwitch={flushNow}
            />
            <RecordVersions
              recordRef={recordRef}
              title={props.title}
              flushNow={flushNow}
              notify={ui.notify}
            />
            <PageActions
              recordRef={recordRef}
              title={props.title}
              notify={ui.notify}
              flushNow={flushNow}
            />
            <SaveStatus onDemand={props.saving?.mode === 'manual'} />
            {props.saving?.offered ? (
              <SaveOptions mode={props.saving.mode} onModeChange={props.saving.setMode} />
            ) : null}
            <SaveButton onSave={flushNow} drafts={props.capabilities.drafts} />
          </div>
          <div className={previewOpen ? 'editor-body editor-body--preview' : 'editor-body'}>
            <OutlinePanel />
            <Canvas before={<OrphanIssues />} />
            {previewOpen ? <EditorPreviewPane /> : null}
            <aside className="side-panel" aria-label="Block fields">
              <SidePanelTabs recordRef={recordRef} fields={<FieldsPanel />} />
            </aside>
          </div>
          <NoticeHost />
          <PaletteHost />
        </div>
      </BlockCommandsContext.Provider>
    </EditorUiContext.Provider>
  )
}
