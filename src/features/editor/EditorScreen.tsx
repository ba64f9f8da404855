// The editor for one open record: toolbar (EditorToolbar), the outline, the canvas, the field
// panel (sheets on narrow screens: PanelSheet, SheetBar), and the hosts of the palette and the
// notices.
import { useEffect, useId, useMemo, useState } from 'react'
import type { Capabilities, RecordRef } from '../../adapters/types'
import { useEditorStore, useEditorStoreApi } from '../../store'
import { Canvas } from '../canvas/Canvas'
import { CommentsProvider } from '../comments'
import { FieldsPanel } from '../fields/FieldsPanel'
import { OutlinePanel } from '../outline/OutlinePanel'
import { PaletteHost } from '../palette/PaletteHost'
import { EditorPreviewPane } from '../preview/EditorPreviewPane'
import { PreviewControls } from '../preview/PreviewControls'
import type { SaveModeChoice } from '../save-status/use-save-mode'
import { AppHeader } from '../shared/AppHeader'
import { SidePanelTabs } from '../theme/SidePanelTabs'
import { createBlockCommands } from './block-commands'
import { BlockCommandsContext } from './commands-context'
import { EditorUiContext, createEditorUi } from './editor-ui'
import { NoticeHost } from './NoticeHost'
import { OrphanIssues } from './OrphanIssues'
import { useEditorShortcuts } from './use-editor-shortcuts'
import { VariantSwitch } from './VariantSwitch'
import { EditorToolbar } from './EditorToolbar'
import { PanelSheet } from './PanelSheet'
import { SheetBar } from './SheetBar'
import type { SheetName } from './SheetBar'
import { VariantFallbackNote } from './VariantFallbackNote'
import { NARROW_QUERY, useMediaQuery } from './use-media-query'
import { PageActions } from '../versions/PageActions'
import { RecordVersions } from '../versions/RecordVersions'
import { ReviewLink } from '../review/ReviewLink'
import type { FlushNowResult, LiveRecord } from '../../sync'
import { PresenceAnnouncer } from '../presence/PresenceAnnouncer'
import { PresenceContext } from '../presence/presence-context'
import { useFocusFromReview } from '../review/use-focus-from-review'

export interface EditorScreenProps {
  title: string
  recordRef: RecordRef
  capabilities: Capabilities
  flushNow: () => Promise<FlushNowResult>
  /** Autosave or save on demand (offered on backends without drafts); absent: autosave. */
  saving?: SaveModeChoice
  /** The others on this record (live presence); absent without a live channel. */
  live?: LiveRecord | undefined
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
  // Narrow screens: the outline and the fields are sheets, opened from the bar at the bottom.
  const narrow = useMediaQuery(NARROW_QUERY)
  const [sheet, setSheet] = useState<SheetName | null>(null)
  const sheetIds = { outline: useId(), fields: useId() }
  const toggleSheet = (name: SheetName) => setSheet((open) => (open === name ? null : name))
  const sheetProps = (name: SheetName) => ({
    id: sheetIds[name],
    narrow,
    open: sheet === name,
    onClose: () => setSheet(null),
  })
  useEffect(() => {
    document.title = `${props.title} · Block editor`
    return () => {
      document.title = 'Block editor'
    }
  }, [props.title])

  return (
    <PresenceContext.Provider value={props.live}>
      <EditorUiContext.Provider value={ui}>
        <BlockCommandsContext.Provider value={commands}>
          <CommentsProvider recordRef={recordRef}>
            <div className="app-frame editor-frame">
              <AppHeader />
              <EditorToolbar
                title={props.title}
                recordRef={recordRef}
                onSave={() => void flushNow()}
                drafts={props.capabilities.drafts}
                saving={props.saving}
                tools={
                  <>
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
                  </>
                }
              />
              <VariantFallbackNote recordRef={recordRef} />
              <div className={previewOpen ? 'editor-body editor-body--preview' : 'editor-body'}>
                {narrow ? (
                  <PanelSheet
                    {...sheetProps('outline')}
                    as="div"
                    title="Outline"
                    className="outline-sheet"
                  >
                    <OutlinePanel />
                  </PanelSheet>
                ) : (
                  <OutlinePanel />
                )}
                <Canvas before={<OrphanIssues />} />
                {previewOpen ? <EditorPreviewPane /> : null}
                <PanelSheet
                  {...sheetProps('fields')}
                  as="aside"
                  title="Fields"
                  label="Block fields"
                  className="side-panel"
                >
                  <SidePanelTabs recordRef={recordRef} fields={<FieldsPanel />} />
                </PanelSheet>
              </div>
              {narrow ? <SheetBar open={sheet} ids={sheetIds} onOpen={toggleSheet} /> : null}
              <NoticeHost />
              <PresenceAnnouncer />
              <PaletteHost />
            </div>
          </CommentsProvider>
        </BlockCommandsContext.Provider>
      </EditorUiContext.Provider>
    </PresenceContext.Provider>
  )
}
