// Order helpers for planFlush's diff, cheap on long lists: they compare ids along a list instead
// of indexing every block, since only the few blocks that operations touched are out of place.
import { positionOf, type Draft } from './draft'
import type { Block } from './types'

/** Above this many wanted ids in one list, one pass with a set beats one search per id. */
const SEARCHES_PER_LIST = 8

function positionsIn(list: readonly Block[], ids: string[], into: Map<string, number>): void {
  if (ids.length <= SEARCHES_PER_LIST) {
    for (const id of ids) into.set(id, positionOf(list, id))
    return
  }
  const wanted = new Set(ids)
  for (let i = 0; i < list.length; i += 1) {
    const id = (list[i] as Block).id
    if (wanted.has(id)) into.set(id, i)
  }
}

function comparePaths(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length && i < b.length; i += 1) {
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number)
  }
  return a.length - b.length
}

/** `ids` (distinct, all in `draft`) in document order: depth-first, parents before children. */
export function inDocumentOrder(draft: Draft, ids: Iterable<string>): string[] {
  const list = [...ids]
  if (list.length < 2) return list
  // The wanted blocks and their ancestors, grouped by container, are each located once.
  const parents = new Map<string, string | null>()
  const members = new Map<string | null, string[]>()
  for (const id of list) {
    let current: string | null = id
    while (current !== null && !parents.has(current)) {
      const parentId: string | null = draft.parentOf(current) ?? null
      parents.set(current, parentId)
      const group = members.get(parentId)
      if (group) group.push(current)
      else members.set(parentId, [current])
      current = parentId
    }
  }
  const positions = new Map<string, number>()
  for (const [parentId, group] of members) {
    positionsIn(draft.siblings(parentId) ?? [], group, positions)
  }
  const paths = new Map<string, number[]>()
  for (const id of list) {
    const path: number[] = []
    for (let current: string | null = id; current !== null; current = parents.get(current) ?? null) {
      path.push(positions.get(current) ?? -1)
    }
    paths.set(id, path.reverse())
  }
  return list.sort((a, b) => comparePaths(paths.get(a) as number[], paths.get(b) as number[]))
}

function lookUpAll(current: readonly Block[], targets: readonly Block[]): number[] {
  const position = new Map(targets.map((block, index) => [block.id, index]))
  const order: number[] = []
  for (const block of current) {
    const at = position.get(block.id)
    if (at !== undefined) order.push(at)
  }
  return order
}

/**
 * The positions in `targets` of the blocks of `current` that are also in `targets`, in the order
 * of `current`. Blocks that are not `touched` keep their relative order in both lists, so the two
 * are walked side by side and only touched blocks are looked up; should an untouched block be out
 * of place after all, every block is looked up instead (same answer, more work).
 */
export function targetPositions(
  current: readonly Block[],
  targets: readonly Block[],
  touched: (id: string) => boolean,
): number[] {
  const order: number[] = []
  const deferred: { at: number; id: string }[] = []
  const touchedAt = new Map<string, number>()
  let i = 0
  let j = 0
  while (i < current.length || j < targets.length) {
    const here = current[i]
    const there = targets[j]
    if (here && there && here.id === there.id) {
      order.push(j)
      i += 1
      j += 1
    } else if (there && touched(there.id)) {
      touchedAt.set(there.id, j)
      j += 1
    } else if (here && touched(here.id)) {
      deferred.push({ at: order.length, id: here.id })
      order.push(-1)
      i += 1
    } else {
      return lookUpAll(current, targets)
    }
  }
  if (deferred.length === 0) return order
  for (const { at, id } of deferred) order[at] = touchedAt.get(id) ?? -1
  return order.filter((at) => at !== -1)
}
