// The per-block buttons. They carry the exact names of the UI contract ("Add block", "Remove
// block", …) and point at the block's label so a screen reader says which block they act on.
// On the selected block each shows its short name beside its icon, and every one has a tooltip
// that says what it does (Duplicate places a copy right here; Copy only takes it to paste later).
import { memo, useState } from 'react'
import { useEditorStoreApi } from '../../store'
import { useBlockCommands } from '../editor/commands-context'
import { useEditorUi } from '../editor/editor-ui'
import { Icon, type IconName } from '../shared/Icon'
import { ConfirmRemoveDialog } from './ConfirmRemoveDialog'

export const BlockActions = memo(function BlockActions(props: {
  blockId: string
  labelId: string
  label: string
  /** The block's `hidden` value when it has a boolean one; undefined: no Show/Hide toggle. */
  hidden?: boolean | undefined
  /** How many blocks a removal takes (the block and all inside it). */
  removeCount: number
}) {
  const { blockId, labelId, label, hidden, removeCount } = props
  const ui = useEditorUi()
  const commands = useBlockCommands()
  const store = useEditorStoreApi()
  const [confirming, setConfirming] = useState(false)

  const toggleHidden = () => {
    const next = !hidden
    const failure = store
      .getState()
      .dispatch(
        [{ op: 'update', blockId, value: { hidden: next } }],
        `${next ? 'Hide' : 'Show'} ${label}`,
      )
    if (failure) ui.notify(`Could not ${next ? 'hide' : 'show'} the block: ${failure.message}`)
    else ui.notify(next ? 'Hidden' : 'Shown', { undo: true })
  }

  return (
    <div className="block-actions" role="group" aria-label="Block actions">
      {hidden === undefined ? null : (
        <button
          type="button"
          className="icon-button"
          aria-label={hidden ? 'Show block' : 'Hide block'}
          aria-describedby={labelId}
          title={hidden ? 'Show block' : 'Hide block'}
          onClick={toggleHidden}
        >
          <EyeIcon crossed={hidden} />
        </button>
      )}
      <ActionButton
        name="Add block"
        short="Add"
        tip="Add block — insert a new block after this one"
        icon="plus"
        describedBy={labelId}
        onClick={(el) => ui.openPalette({ kind: 'after', blockId }, el)}
      />
      <ActionButton
        name="Duplicate block"
        short="Duplicate"
        tip="Duplicate block — place a copy right after this one"
        icon="duplicate"
        describedBy={labelId}
        onClick={() => commands.duplicate(blockId)}
      />
      <ActionButton
        name="Copy block"
        short="Copy"
        tip="Copy block — keep it on the clipboard to paste elsewhere"
        icon="copy"
        describedBy={labelId}
        onClick={() => commands.copy(blockId)}
      />
      <ActionButton
        name="Paste after"
        short="Paste"
        tip="Paste after — insert the copied block after this one"
        icon="paste"
        describedBy={labelId}
        onClick={() => commands.paste({ kind: 'after', blockId })}
      />
      <ActionButton
        name="Remove block"
        short="Remove"
        tip="Remove block"
        icon="trash"
        describedBy={labelId}
        danger
        onClick={() => (removeCount > 1 ? setConfirming(true) : commands.remove(blockId))}
      />
      {confirming ? (
        <ConfirmRemoveDialog
          label={label}
          count={removeCount}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false)
            commands.remove(blockId)
          }}
        />
      ) : null}
    </div>
  )
})

function EyeIcon({ crossed }: { crossed: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
        <circle cx="12" cy="12" r="3" />
        {crossed ? <path d="M4 4l16 16" /> : null}
      </g>
    </svg>
  )
}

function ActionButton(props: {
  name: string
  short: string
  tip: string
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
      title={props.tip}
      onClick={(e) => props.onClick(e.currentTarget)}
    >
      <Icon name={props.icon} />
      <span className="block-actions__text" aria-hidden="true">
        {props.short}
      </span>
    </button>
  )
}
