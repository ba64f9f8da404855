// Where a moved block went, in words a reader can check against the page: its position before
// and after (counted from 1 in its container) and, when it changed container, which one.
// "Moved from position 3 to 1", "Moved from position 2 in “Gallery” to position 1 on the page".
import type { NameOf } from './block-names'
import type { BlockChange, BlockPlace } from './types'

function container(place: BlockPlace, nameOf: NameOf): string {
  return place.parentId === null ? 'on the page' : `in ${nameOf(place.parentId)}`
}

/** The move of one block in a sentence, or null when it did not move. */
export function describeMove(change: BlockChange, nameOf: NameOf): string | null {
  const from = change.placeBefore
  const to = change.place
  if (!change.moved || !from || !to) return null
  const fromAt = from.index + 1
  const toAt = to.index + 1
  if (from.parentId === to.parentId) {
    const inside = to.parentId === null ? '' : ` ${container(to, nameOf)}`
    return `Moved from position ${fromAt} to ${toAt}${inside}`
  }
  return `Moved from position ${fromAt} ${container(from, nameOf)} to position ${toAt} ${container(to, nameOf)}`
}

/** Its neighbours now: "above “Events”", "below “Intro”", or "first in “Gallery”". */
export function describeNeighbours(place: BlockPlace | null, nameOf: NameOf): string | null {
  if (!place) return null
  if (place.nextId !== null) return `now above ${nameOf(place.nextId)}`
  if (place.previousId !== null) return `now below ${nameOf(place.previousId)}`
  return place.parentId === null ? null : `now alone in ${nameOf(place.parentId)}`
}
