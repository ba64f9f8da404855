// One drag, framework-free: pick up, step (keyboard), aim (pointer), drop, cancel. It turns each
// into what the user is told and, at the drop, the operations to dispatch. The canvas (dnd-kit's
// pointer and keyboard sensors) and the outline (its rows' own events) are only its input and its
// drawing, so both drag by the same rules: keyboard steps visit only the places the schema
// accepts, one place per press; a pointer over a refused place shows it refused.
import { findBlock } from '../tree'
import type { Block, Operation } from '../types'
import { dropSlots, type PlacementRules } from './drop-slots'
import { dropOps, heldIds, mayDropAt } from './drop-ops'
import {
  isOrigin,
  sameTarget,
  slotIndexOfOrigin,
  stepSlot,
  type DropSlot,
  type DropTarget,
} from './drop-target'
import {
  cancelledText,
  droppedText,
  overText,
  pickedUpText,
  refusedAimText,
  subjectOf,
  type DragSubject,
} from './drag-words'
import { placeOf } from './place'

export type DragMode = 'pointer' | 'keyboard'

/** What the controller reads when it needs it (the document may change during a drag). */
export interface DragSource {
  blocks(): readonly Block[]
  /** The selected block ids, in no particular order. */
  selected(): readonly string[]
  rules(): PlacementRules
  labelOf(blockId: string): string
}

/** What the views draw: the held block, and where a drop would land (or be refused). */
export interface DragView {
  activeId: string
  mode: DragMode
  subject: DragSubject
  target: DropTarget | null
  refused: boolean
}

export interface DragDrop {
  activeId: string
  subject: DragSubject
  /** [] when the drop changes nothing. A refused place still returns its operations, so the
   * core's refusal (with its reason) is what the user reads. */
  ops: Operation[]
  refused: boolean
  /** The undo history's name for the move. */
  historyLabel: string
  /** What to announce when the operations are accepted. */
  text: string
}

interface Session extends DragView {
  held: string[]
  slots: DropSlot[]
  slotIndex: number
}

export interface DragController {
  view(): DragView | null
  /** Announcement of the pick-up, or null when the block does not exist. */
  pickUp(blockId: string, mode: DragMode): string | null
  /** Keyboard: one place up (-1) or down (1). Returns the announcement (null: nothing held). */
  step(delta: number): string | null
  /** Pointer: the place under the pointer. Returns an announcement when the place changed. */
  aim(target: DropTarget | null): string | null
  drop(): DragDrop | null
  cancel(): string | null
}

export function createDragController(source: DragSource): DragController {
  let session: Session | null = null

  const say = (s: Session, target: DropTarget | null, refused: boolean): string => {
    if (target && refused) {
      const parentId =
        target.side === 'inside'
          ? target.anchorId
          : (placeOf(source.blocks(), target.anchorId)?.parentId ?? null)
      const where = parentId === null ? 'at the top level' : `in ${source.labelOf(parentId)}`
      return refusedAimText(s.subject, where)
    }
    return overText(s.subject, target, target ? source.labelOf(target.anchorId) : '')
  }

  /** Sets the target, hiding one where the drop would change nothing. */
  const setTarget = (s: Session, wanted: DropTarget | null): boolean => {
    const blocks = source.blocks()
    const shown = dropOps(blocks, s.activeId, s.held, wanted).length > 0 ? wanted : null
    const refused = shown !== null && !mayDropAt(blocks, s.held, shown, source.rules())
    if (sameTarget(shown, s.target) && refused === s.refused) return false
    s.target = shown
    s.refused = refused
    return true
  }

  return {
    view: () =>
      session && {
        activeId: session.activeId,
        mode: session.mode,
        subject: session.subject,
        target: session.target,
        refused: session.refused,
      },

    pickUp(blockId, mode) {
      const blocks = source.blocks()
      if (!findBlock(blocks, blockId)) return null
      const held = heldIds(blocks, source.selected(), blockId)
      const slots = mode === 'keyboard' ? dropSlots(blocks, blockId, held, source.rules()) : []
      const subject = subjectOf(held.length, source.labelOf(blockId))
      session = {
        activeId: blockId,
        mode,
        subject,
        held,
        slots,
        slotIndex: slotIndexOfOrigin(slots),
        target: null,
        refused: false,
      }
      return pickedUpText(subject)
    },

    step(delta) {
      const s = session
      if (!s || s.mode !== 'keyboard') return null
      s.slotIndex = stepSlot(s.slots, s.slotIndex, delta)
      const slot = s.slots[s.slotIndex]
      setTarget(s, slot && !isOrigin(slot) ? slot : null)
      return say(s, s.target, s.refused)
    },

    aim(target) {
      const s = session
      if (!s) return null
      return setTarget(s, target) ? say(s, s.target, s.refused) : null
    },

    drop() {
      const s = session
      if (!s) return null
      session = null
      const ops = dropOps(source.blocks(), s.activeId, s.held, s.target)
      const target = ops.length > 0 ? s.target : null
      return {
        activeId: s.activeId,
        subject: s.subject,
        ops,
        refused: s.refused,
        historyLabel: `Move ${s.subject.label}`,
        text: droppedText(s.subject, target, target ? source.labelOf(target.anchorId) : ''),
      }
    },

    cancel() {
      const s = session
      session = null
      return s ? cancelledText(s.subject) : null
    },
  }
}
