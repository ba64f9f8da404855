// Undo and Redo: disabled when their stack is empty. The keyboard shortcuts live in
// use-editor-shortcuts.ts.
import { useEditorStore } from '../../store'
import { Icon } from '../shared/Icon'

export function UndoRedoButtons() {
  const canUndo = useEditorStore((s) => s.undoStack.length > 0)
  const canRedo = useEditorStore((s) => s.redoStack.length > 0)
  const undoLabel = useEditorStore((s) => s.undoStack[s.undoStack.length - 1]?.label)
  const redoLabel = useEditorStore((s) => s.redoStack[s.redoStack.length - 1]?.label)
  const undo = useEditorStore((s) => s.undo)
  const redo = useEditorStore((s) => s.redo)
  return (
    <div className="toolbar-group" role="group" aria-label="History">
      <button
        type="button"
        className="button button--quiet"
        disabled={!canUndo}
        onClick={() => undo()}
        title={undoLabel ? `Undo: ${undoLabel}` : 'Nothing to undo'}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        <Icon name="undo" /> <span className="button__text">Undo</span>
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={!canRedo}
        onClick={() => redo()}
        title={redoLabel ? `Redo: ${redoLabel}` : 'Nothing to redo'}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        <Icon name="redo" /> <span className="button__text">Redo</span>
      </button>
    </div>
  )
}
