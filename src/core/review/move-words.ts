// Where a moved block went, in words a reader can check against the page: the block it sat next
// to before and the one it sits next to now, picked among blocks that stayed where they were (a
// position number shifts with every insert above it, a neighbour that stayed does not).
// "Moved from below “Coming up” to above it", "Moved from above “Intro” in “Gallery” to below
// “Footer” on the page".
import type { NameOf } from './block-names'
import type { BlockChange, BlockDiff, BlockPlace } from './types'

type Side = 'before' | 'after'

/** Each container's blocks in order, on one side, from the places the diff recorded. */
function containersOf(diff: BlockDiff, side: Side): Map<string | null, BlockChange[]> {
  const containers = new Map<string | null, BlockChange[]>()
  for (const change of diff.blocks) {
    const place = side === 'before' ? change.placeBefore : change.place
    if (!place) continue
    const list = containers.get(place.parentId) ?? []
    list[place.index] = change
    containers.set(place.parentId, list)
  }
  return containers
}

const stayed = (change: BlockChange | undefined): change is BlockChange =>
  change !== undefined && change.kind !== 'added' && change.kind !== 'removed' && !change.moved

interface Spot {
  relation: 'below' | 'above'
  anchorId: string
}

/**
 * The nearest block that stayed, on the preferred side first: where it came from reads best as
 * "below" the block before it, where it went as "above" the block after it (as the change list
 * says it).
 */
function spotOf(
  place: BlockPlace,
  siblings: readonly (BlockChange | undefined)[],
  prefer: Spot['relation'],
): Spot | null {
  const below = (): Spot | null => {
    for (let i = place.index - 1; i >= 0; i -= 1) {
      const sibling = siblings[i]
      if (stayed(sibling)) return { relation: 'below', anchorId: sibling.blockId }
    }
    return null
  }
  const above = (): Spot | null => {
    for (let i = place.index + 1; i < siblings.length; i += 1) {
      const sibling = siblings[i]
      if (stayed(sibling)) return { relation: 'above', anchorId: sibling.blockId }
    }
    return null
  }
  return prefer === 'below' ? (below() ?? above()) : (above() ?? below())
}

function container(place: BlockPlace, nameOf: NameOf): string {
  return place.parentId === null ? 'on the page' : `in ${nameOf(place.parentId)}`
}

function sentence(
  from: BlockPlace,
  to: BlockPlace,
  fromSpot: Spot | null,
  toSpot: Spot | null,
  nameOf: NameOf,
): string {
  if (from.parentId !== to.parentId) {
    const end = (place: BlockPlace, spot: Spot | null) =>
      spot
        ? `${spot.relation} ${nameOf(spot.anchorId)} ${container(place, nameOf)}`
        : container(place, nameOf)
    return `Moved from ${end(from, fromSpot)} to ${end(to, toSpot)}`
  }
  const inside = to.parentId === null ? '' : ` ${container(to, nameOf)}`
  if (fromSpot && toSpot) {
    const target =
      toSpot.anchorId === fromSpot.anchorId
        ? `${toSpot.relation} it`
        : `${toSpot.relation} ${nameOf(toSpot.anchorId)}`
    return `Moved from ${fromSpot.relation} ${nameOf(fromSpot.anchorId)} to ${target}${inside}`
  }
  // Nothing around it stayed put: positions are all there is to go by.
  return `Moved from position ${from.index + 1} to ${to.index + 1}${inside}`
}

/** For every block that moved, the move in one sentence, by block id. */
export function describeMoves(diff: BlockDiff, nameOf: NameOf): Map<string, string> {
  const moves = new Map<string, string>()
  if (diff.counts.moved === 0) return moves
  const before = containersOf(diff, 'before')
  const after = containersOf(diff, 'after')
  for (const change of diff.blocks) {
    const from = change.placeBefore
    const to = change.place
    if (!change.moved || !from || !to) continue
    const fromSpot = spotOf(from, before.get(from.parentId) ?? [], 'below')
    const toSpot = spotOf(to, after.get(to.parentId) ?? [], 'above')
    moves.set(change.blockId, sentence(from, to, fromSpot, toSpot, nameOf))
  }
  return moves
}
