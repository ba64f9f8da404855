// What follows the pointer during a drag: a compact copy of the held card, and how many blocks
// the drag carries when it holds a selection.
import { blockLabel, findBlock } from '../../core'
import { useEditorStore } from '../../store'
import { useEditorUi } from '../editor/editor-ui'

export function DragPreview({ blockId, count }: { blockId: string; count: number }) {
  const ui = useEditorUi()
  const block = useEditorStore((s) => findBlock(s.view, blockId))
  if (!block) return null
  const schemaType = ui.schemaByType.get(block.type)
  return (
    <div className="drag-preview" aria-hidden="true">
      {count > 1 ? (
        <span className="drag-preview__count">{count} blocks</span>
      ) : (
        <span className="block-card__type">{schemaType?.label ?? block.type}</span>
      )}
      <span className="block-card__label">
        {count > 1
          ? `${blockLabel(block, schemaType)} and ${count - 1} more`
          : blockLabel(block, schemaType)}
      </span>
    </div>
  )
}
