// The bar that acts on a multi-selection: it says how many blocks are selected (also to screen
// readers, through a live region that is always mounted) and moves, duplicates, copies or
// removes them together.
import '../../styles/outline.css'
import { useEditorStore, useEditorStoreApi } from '../../store'
import { useEditorUi } from '../editor/editor-ui'
import { selectedBlockIds } from '../../store/selection-slice'
import { Icon, type IconName } from '../shared/Icon'
import { selectionCountText } from './selection-commands'
import { useSelectionCommands } from './use-selection-commands'

export function SelectionBar() {
  const count = useEditorStore((s) => (s.selectedIds.length > 1 ? selectedBlockIds(s).length : 0))
  const store = useEditorStoreApi()
  const ui = useEditorUi()
  const commands = useSelectionCommands()
  // The bar goes away with the selection: focus moves to the primary block, not to the page.
  const clear = () => {
    const primary = store.getState().selectedId
    store.getState().select(null)
    if (primary !== null) ui.focusBlock(primary)
  }
  const text = count > 1 ? selectionCountText(count) : ''
  return (
    <>
      <div className="visually-hidden" role="status" aria-live="polite">
        {text}
      </div>
      {count > 1 ? (
        <div className="selection-bar" role="toolbar" aria-label="Selected blocks">
          <span className="selection-bar__count">{text}</span>
          <BarButton name="Move up" icon="up" onClick={() => commands.step('up')} />
          <BarButton name="Move down" icon="down" onClick={() => commands.step('down')} />
          <BarButton name="Duplicate selected" icon="duplicate" onClick={commands.duplicate} />
          <BarButton name="Copy selected" icon="copy" onClick={commands.copy} />
          <BarButton name="Remove selected" icon="trash" onClick={commands.remove} />
          <BarButton name="Clear selection" icon="close" onClick={clear} />
        </div>
      ) : null}
    </>
  )
}

function BarButton(props: { name: string; icon: IconName; onClick: () => void }) {
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={props.name}
      title={props.name}
      onClick={() => props.onClick()}
    >
      <Icon name={props.icon} />
    </button>
  )
}
