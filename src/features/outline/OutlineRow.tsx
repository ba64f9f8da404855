// One row of the outline: a treeitem with its level and place among its siblings, a chevron for
// containers, the drag handle ("Move <label>") and the block's type and label. Memoised: a drag
// or a selection change re-renders only the rows whose state changed.
import { memo, useId } from 'react'
import type { KeyboardEvent, MouseEvent, PointerEvent } from 'react'
import { blockLabel } from '../../core'
import { useEditorStore } from '../../store'
import { isSelected } from '../../store/selection-slice'
import type { DropSide } from '../../core/gestures'
import { useEditorUi } from '../editor/editor-ui'
import type { OutlineRow as Row } from './outline-rows'
import { presenceLook, sayWhoIsHere } from '../presence/BlockPresence'
import { OutlinePresence } from '../presence/OutlinePresence'
import { usePeopleOnBlock } from '../presence/presence-context'

export interface OutlineRowHandlers {
  onRowClick(id: string, event: MouseEvent<HTMLElement>): void
  onToggle(id: string): void
  onHandleKeyDown(id: string, event: KeyboardEvent<HTMLElement>): void
  onHandlePointerDown(id: string, event: PointerEvent<HTMLElement>): void
  onHandlePointerMove(event: PointerEvent<HTMLElement>): void
  onHandlePointerUp(): void
  onHandleBlur(): void
}

interface OutlineRowProps {
  row: Row
  index: number
  top: number
  tabbable: boolean
  held: boolean
  dropSide: DropSide | null
  /** The drop place shown at this row is one the schema refuses. */
  dropRefused: boolean
  handlers: OutlineRowHandlers
}

// The outline's rows are rebuilt on every edit (a new object per row); a row whose fields are
// all the same draws the same, so only the edited block's row re-renders on a keystroke.
const sameRow = (a: Row, b: Row): boolean =>
  a.block === b.block &&
  a.level === b.level &&
  a.parentId === b.parentId &&
  a.posInSet === b.posInSet &&
  a.setSize === b.setSize &&
  a.expanded === b.expanded

const sameProps = (a: OutlineRowProps, b: OutlineRowProps): boolean =>
  sameRow(a.row, b.row) &&
  a.index === b.index &&
  a.top === b.top &&
  a.tabbable === b.tabbable &&
  a.held === b.held &&
  a.dropSide === b.dropSide &&
  a.dropRefused === b.dropRefused &&
  a.handlers === b.handlers

export const OutlineRow = memo(function OutlineRow(props: OutlineRowProps) {
  const { row, index, top, tabbable, held, dropSide, dropRefused, handlers } = props
  const { block } = row
  const ui = useEditorUi()
  const schemaType = ui.schemaByType.get(block.type)
  const label = blockLabel(block, schemaType)
  const selected = useEditorStore((s) => isSelected(s, block.id))
  const primary = useEditorStore((s) => s.selectedId === block.id)
  const typeLabel = schemaType?.label ?? block.type
  const people = usePeopleOnBlock(block.id)
  const presence = presenceLook(people)
  const presenceId = useId()
  const classes = ['outline-row']
  if (selected) classes.push('is-selected')
  if (primary) classes.push('is-primary')
  if (held) classes.push('is-held')
  if (dropSide) classes.push(`drop-${dropSide}`)
  if (dropSide && dropRefused) classes.push('drop-refused')
  if (presence.className) classes.push(presence.className)

  return (
    <div
      role="treeitem"
      className={classes.join(' ')}
      style={{ top, paddingLeft: 8 + (row.level - 1) * 16, ...presence.style }}
      data-outline-id={block.id}
      data-index={index}
      aria-level={row.level}
      aria-posinset={row.posInSet}
      aria-setsize={row.setSize}
      aria-expanded={row.expanded}
      aria-selected={selected}
      // Named by the words it shows (type, label), so speech users can say what they see. One
      // string, not aria-labelledby: a field named like the type ("Heading") must stay the only
      // element labelled exactly so.
      aria-label={`${typeLabel} ${label}`}
      // Who else is here is a description, so the row's name stays what it shows.
      aria-describedby={people.length > 0 ? presenceId : undefined}
      tabIndex={tabbable ? 0 : -1}
      onClick={(e) => handlers.onRowClick(block.id, e)}
    >
      {row.expanded === undefined ? (
        <span className="outline-row__twisty" />
      ) : (
        <span
          className="outline-row__twisty outline-row__twisty--container"
          aria-hidden="true"
          onClick={(e) => {
            e.stopPropagation()
            handlers.onToggle(block.id)
          }}
        >
          {row.expanded ? '▾' : '▸'}
        </span>
      )}
      <button
        type="button"
        className="outline-row__handle"
        aria-label={`Move ${label}`}
        aria-roledescription="draggable"
        aria-pressed={held}
        tabIndex={tabbable ? 0 : -1}
        onKeyDown={(e) => handlers.onHandleKeyDown(block.id, e)}
        onPointerDown={(e) => handlers.onHandlePointerDown(block.id, e)}
        onPointerMove={handlers.onHandlePointerMove}
        onPointerUp={handlers.onHandlePointerUp}
        onBlur={handlers.onHandleBlur}
      >
        <svg width="10" height="14" viewBox="0 0 10 14" aria-hidden="true" focusable="false">
          {[2, 7, 12].flatMap((y) => [
            <circle key={`a${y}`} cx="2.5" cy={y} r="1.3" fill="currentColor" />,
            <circle key={`b${y}`} cx="7.5" cy={y} r="1.3" fill="currentColor" />,
          ])}
        </svg>
      </button>
      <span className="outline-row__type">{typeLabel}</span>{' '}
      <span className="outline-row__label">{label}</span>
      {people.length > 0 ? (
        <OutlinePresence people={people} id={presenceId} description={sayWhoIsHere(people)} />
      ) : null}
    </div>
  )
}, sameProps)
