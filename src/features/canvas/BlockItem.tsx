// One block on the canvas: a list item holding its card (a slim bar with the handle, type and
// actions, then the block drawn as the page shows it, its issues) and, for containers, its
// children. The selected block's text is edited in place. Memoised on the block object, which
// the core shares between versions when untouched, so typing in one block re-renders only that
// card.
import { memo, useCallback, useContext, useId, useMemo } from 'react'
import type { MouseEvent } from 'react'
import { useDraggable, useDroppable } from '@dnd-kit/core'
import { blockLabel } from '../../core'
import type { Block, FieldValues } from '../../core'
import { useEditorStore, useEditorStoreApi } from '../../store'
import { isSelected } from '../../store/selection-slice'
import { useEditorUi } from '../editor/editor-ui'
import { BlockActions } from './BlockActions'
import { BlockIssues } from './BlockIssues'
import { BlockBody } from '../blocks-view'
import { CommentBadge } from '../comments/CommentBadge'
import type { InPlaceEditing } from '../blocks-view'
import { subtreeIds } from '../../core/gestures'
import { isTextEntryTarget } from '../shared/keyboard'
import { ChildList } from './ChildList'
import { DropLine } from './DropLine'
import { KeyboardPickUpContext, useDropSide, useIsHeld } from './drag-store'
import { PICK_UP_KEYS } from './keyboard-sensor'
import { selectByClick } from './select-by-click'
import { BlockPresenceTags, presenceLook } from '../presence/BlockPresence'
import { usePeopleOnBlock } from '../presence/presence-context'

export interface BlockItemProps {
  block: Block
  depth: number
  /** Virtual rows only: position, index and the virtualizer's measuring ref. */
  index?: number
  start?: number
  setSize?: number
  measureRef?: (element: HTMLElement | null) => void
}

export const BlockItem = memo(function BlockItem(props: BlockItemProps) {
  const { block, depth, index, start, setSize, measureRef } = props
  const ui = useEditorUi()
  const schemaType = ui.schemaByType.get(block.type)
  const label = blockLabel(block, schemaType)
  const labelId = useId()
  const primary = useEditorStore((s) => s.selectedId === block.id)
  const selected = useEditorStore((s) => isSelected(s, block.id))
  const store = useEditorStoreApi()
  const dropSide = useDropSide(block.id)
  // Others who have this block selected: their colour outlines the card, their names tag it.
  const people = usePeopleOnBlock(block.id)
  const presence = presenceLook(people)
  const held = useIsHeld(block.id)
  const keyboardPickUp = useContext(KeyboardPickUpContext)
  const drag = useDraggable({ id: block.id })
  const drop = useDroppable({ id: block.id })
  const { setNodeRef: setDragNode } = drag
  const { setNodeRef: setDropNode } = drop

  const editing = useMemo<InPlaceEditing>(
    () => ({
      patch(patch: FieldValues, editLabel: string) {
        const failure = store
          .getState()
          .dispatch([{ op: 'update', blockId: block.id, value: patch }], editLabel)
        if (failure) ui.notify(`${editLabel} was not saved: ${failure.message}`)
      },
    }),
    [store, ui, block.id],
  )

  const setRefs = useCallback(
    (element: HTMLLIElement | null) => {
      setDragNode(element)
      setDropNode(element)
      measureRef?.(element)
    },
    [setDragNode, setDropNode, measureRef],
  )

  const onCardClick = (event: MouseEvent<HTMLElement>) => {
    // Clicks bubble out of nested cards; only the innermost card selects itself.
    const target = event.target as Element
    if (target.closest('li[data-block-id]') !== event.currentTarget.closest('li[data-block-id]'))
      return
    const wasPrimary = store.getState().selectedId === block.id
    selectByClick(store.getState(), block.id, event)
    // A click on a drawn text of a block not yet selected puts the caret in its editor, which
    // mounts with the selection: the user clicked the text to edit it.
    const field = target.closest<HTMLElement>('[data-field]')?.dataset.field
    const card = event.currentTarget
    if (!wasPrimary && field && store.getState().selectedId === block.id) {
      requestAnimationFrame(() => focusField(card, field))
    }
  }

  // Shift+click extends the block selection; the browser would also select the page's text
  // between the two clicks. Text being edited in place keeps its own Shift+click.
  const onCardMouseDown = (event: MouseEvent<HTMLElement>) => {
    if (!event.shiftKey || event.button !== 0 || isTextEntryTarget(event.target)) return
    event.preventDefault()
    // Preventing the default also keeps focus where it was: give it to the control clicked.
    ;(event.target as Element).closest<HTMLElement>('button, [tabindex]')?.focus()
  }

  const virtual = start !== undefined
  const isContainer = ui.nesting && (schemaType?.container === true || block.children !== undefined)
  const classes = ['block-item']
  if (virtual) classes.push('block-item--virtual')
  if (selected) classes.push('is-selected')
  if (primary) classes.push('is-primary')
  if (held || drag.isDragging) classes.push('is-dragging')
  // Generic: any backend whose blocks carry a boolean `hidden` gets the toggle and the dimming.
  const hidden = typeof block.value.hidden === 'boolean' ? block.value.hidden : undefined
  if (hidden) classes.push('is-hidden')
  if (presence.className) classes.push(presence.className)

  return (
    <li
      ref={setRefs}
      className={classes.join(' ')}
      data-block-id={block.id}
      data-index={depth === 0 ? index : undefined}
      // aria-selected is not allowed on a list item: the primary selection is the current
      // item, and every selected card says so in words (below) besides its outline.
      aria-current={primary ? 'true' : undefined}
      aria-posinset={virtual && index !== undefined ? index + 1 : undefined}
      aria-setsize={virtual ? setSize : undefined}
      // `top`, not a transform: dnd-kit measures droppables ignoring transforms.
      style={virtual ? { top: start, ...presence.style } : presence.style}
    >
      {dropSide === 'before' ? <DropLine blockId={block.id} side="before" /> : null}
      <div
        className="block-card"
        onClick={onCardClick}
        onMouseDown={onCardMouseDown}
        data-depth={depth}
        data-hidden={hidden ? '' : undefined}
      >
        <BlockPresenceTags people={people} />
        <div className="block-card__header">
          <button
            type="button"
            ref={drag.setActivatorNodeRef}
            className="drag-handle"
            data-drag-handle=""
            {...drag.attributes}
            {...drag.listeners}
            aria-pressed={held || drag.isDragging ? true : undefined}
            onKeyDown={(event) => {
              if (!PICK_UP_KEYS.includes(event.code) || event.repeat) return
              if (keyboardPickUp(block.id, event.nativeEvent)) event.preventDefault()
            }}
            aria-label={`Move ${label}`}
          >
            <GripIcon />
          </button>
          <div className="block-card__titles">
            <span className="block-card__type">{schemaType?.label ?? block.type}</span>
            <span className="block-card__label" id={labelId}>
              {label}
            </span>
            {hidden ? <span className="block-card__type">Hidden</span> : null}
            {selected ? <span className="visually-hidden">Selected</span> : null}
          </div>
          <CommentBadge blockId={block.id} label={label} labelId={labelId} />
          <BlockActions
            blockId={block.id}
            labelId={labelId}
            label={label}
            hidden={hidden}
            removeCount={block.children?.length ? subtreeIds(block).size : 1}
          />
        </div>
        <BlockBody block={block} schemaType={schemaType} edit={primary ? editing : undefined} />
        <BlockIssues blockId={block.id} />
        {isContainer ? (
          <ChildList parent={block} depth={depth} label={label} labelId={labelId} />
        ) : null}
      </div>
      {dropSide === 'after' ? <DropLine blockId={block.id} side="after" /> : null}
    </li>
  )
})

function focusField(card: HTMLElement, field: string): void {
  const escaped = field.replace(/["\\]/g, '\\$&')
  const editor = card.querySelector<HTMLElement>(
    `[data-field="${escaped}"] textarea, [data-field="${escaped}"] [contenteditable="true"]`,
  )
  editor?.focus()
}

function GripIcon() {
  return (
    <svg width="14" height="18" viewBox="0 0 14 18" aria-hidden="true" focusable="false">
      {[3, 9, 15].flatMap((y) => [
        <circle key={`a${y}`} cx="4" cy={y} r="1.6" fill="currentColor" />,
        <circle key={`b${y}`} cx="10" cy={y} r="1.6" fill="currentColor" />,
      ])}
    </svg>
  )
}
