// The words the drag-and-drop live region speaks. Screen-reader users rely on them to know what
// they hold, where it would land and what happened, so they name blocks by their labels, and
// several held blocks are "3 blocks" with the verbs that agree.
import type { DropTarget } from './drop-target'

export const SCREEN_READER_INSTRUCTIONS =
  'To pick up a block, press Space or Enter. Use the up and down arrow keys to move it one ' +
  'place at a time. Press Space or Enter again to drop it, or Escape to cancel.'

/** What is held: one block by its label, several by their number. */
export interface DragSubject {
  label: string
  count: number
}

export function subjectOf(count: number, singleLabel: string): DragSubject {
  return { label: count > 1 ? `${count} blocks` : singleLabel, count }
}

const many = (s: DragSubject) => s.count > 1
const was = (s: DragSubject) => (many(s) ? 'were' : 'was')
const it = (s: DragSubject) => (many(s) ? 'they' : 'it')

export function pickedUpText(s: DragSubject): string {
  return `Picked up ${s.label}.`
}

const placeWords = (target: DropTarget, anchorLabel: string): string =>
  target.side === 'inside' ? `inside ${anchorLabel}` : `${target.side} ${anchorLabel}`

/** A keyboard step or a pointer aim: where a drop would put the held blocks. */
export function overText(s: DragSubject, target: DropTarget | null, anchorLabel: string): string {
  if (!target) return `${s.label} ${many(s) ? 'are' : 'is'} back where ${it(s)} ${was(s)}.`
  return `${s.label} would go ${placeWords(target, anchorLabel)}.`
}

/** A pointer aim the schema refuses; `where` names the container or the top level. */
export function refusedAimText(s: DragSubject, where: string): string {
  return `${s.label} cannot go ${where}.`
}

export function droppedText(
  s: DragSubject,
  target: DropTarget | null,
  anchorLabel: string,
): string {
  if (!target) return `${s.label} ${was(s)} dropped where ${it(s)} ${was(s)}.`
  return `${s.label} ${was(s)} moved ${placeWords(target, anchorLabel)}.`
}

export function cancelledText(s: DragSubject): string {
  return `Moving ${s.label} was cancelled.`
}

/** A drop refused before anything changed: the core's reason without its operation prefix. */
export function refusedMoveText(s: DragSubject, message: string): string {
  return `Could not move ${s.label}: ${message.replace(/^Operation \d+ \(\w+\): /, '')}`
}
