// The words of a presence change, for the polite announcement.
import { newlyEditing } from '../../sync'
import type { PresenceSnapshot } from '../../sync'

/** "Ann is editing Intro" when someone moved onto a block this editor shows; else null. */
export function newlyEditingIn(
  previous: PresenceSnapshot,
  next: PresenceSnapshot,
  labelOf: (blockId: string) => string | null,
): string | null {
  const change = newlyEditing(previous, next)
  if (!change) return null
  const label = labelOf(change.blockId)
  return label === null ? null : `${change.person.name} is editing ${label}`
}
