// The words the drag-and-drop live region speaks. Screen-reader users rely on them to know what
// they hold, where it would land and what happened, so they name blocks by their labels.
import type { DropTarget } from './drop-target'

export const SCREEN_READER_INSTRUCTIONS =
  'To pick up a block, press Space or Enter. Use the up and down arrow keys to move it one ' +
  'block at a time. Press Space or Enter again to drop it, or Escape to cancel.'

export function pickedUpText(label: string): string {
  return `Picked up ${label}.`
}

export function overText(label: string, overLabel: string | null): string {
  return overLabel === null ? `${label} is back where it was.` : `${label} is over ${overLabel}.`
}

export function droppedText(label: string, target: DropTarget | null, anchorLabel: string): string {
  if (!target) return `${label} was dropped where it was.`
  return `${label} was moved ${target.side} ${anchorLabel}.`
}

export function cancelledText(label: string): string {
  return `Moving ${label} was cancelled.`
}
