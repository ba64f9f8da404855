// The per-block buttons. They carry the exact names of the UI contract ("Add block", "Remove
// block", …) and point at the block's label so a screen reader says which block they act on.
import { memo } from 'react'
import { useBlockCommands } from '../editor/commands-context'
import { useEditorUi } from '../editor/editor-ui'
import { Icon, type IconName } from '../shared/Icon'

export const BlockActions = memo(function BlockActions(props: {
  blockId: string
  labelId: string
}) {
  const { blockId, labelId } = props
  const ui = useEditorUi()
  const commands = useBlockCommands()
  return (
    <div className="block-actions" role="group" aria-label="Block actions">
      <ActionButton
        name="Add block"
        icon="plus"
        describedBy={labelId}
        onClick={(el) => ui.openPalette({ kind: 'after', blockId }, el)}
      />
      <ActionButton
        name="Duplicate block"
        icon="duplicate"
        describedBy={labelId}
        onClick={() => commands.duplicate(blockId)}
      />
      <ActionButton
        name="Copy block"
        icon="copy"
        describedBy={labelId}
        onClick={() => commands.copy(blockId)}
      />
      <ActionButton
        name="Paste after"
        icon="paste"
        describedBy={labelId}
        onClick={() => commands.paste({ kind: 'after', blockId })}
      />
      <ActionButton
        name="Remove block"
        icon="trash"
        describedBy={labelId}
        danger
        onClick={() => commands.remove(blockId)}
      />
    </div>
  )
})

function ActionButton(props: {
  name: string
  icon: IconName
  describedBy: string
  danger?: boolean
  onClick: (element: HTMLButtonElement) => void
}) {
  return (
    <button
      type="button"
      className={props.danger ? 'icon-button icon-button--danger' : 'icon-button'}
      aria-label={props.name}
      aria-describedby={props.describedBy}
      title={props.name}
      onClick={(e) => props.onClick(e.currentTarget)}
    >
      <Icon name={props.icon} />
    </button>
  )
}
