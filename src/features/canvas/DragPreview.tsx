// What follows the pointer during a drag: a compact copy of the held card.
import { blockLabel, findBlock } from '../../core'
import { useEditorStore } from '../../store'
import { useEditorUi } from '../editor/editor-ui'

export function DragPreview({ blockId }: { blockId: string }) {
  const ui = useEditorUi()
  const block = useEditorStore((s) => findBlock(s.view, blockId))
  if (!block) return null
  const schemaType = ui.schemaByType.get(block.type)
  return (
    <div className="drag-preview" aria-hidden="true">
      <span className="block-card__type">{schemaType?.label ?? block.type}</span>
      <span className="block-card__label">{blockLabel(block, schemaType)}</span>
    </div>
  )
}
