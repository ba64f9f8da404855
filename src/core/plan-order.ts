// Order helpers for planFlush's diff, cheap on long lists: only the few blocks that operations
// touched are out of place, so they look those up and merely compare ids along the rest.
import type { Draft } from './draft'
import type { Block } from './types'

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
  // Paths of positions from the top level; each block on them is located once.
  const paths = new Map<string, number[]>()
  const pathOf = (id: string): number[] => {
    // Up to the nearest block whose path is known (or the top level), then down again.
    const chain: string[] = []
    let current: string | null = id
    let known: number[] = []
    while (current !== null) {
      const path = paths.get(current)
      if (path) {
        known = path
        break
      }
      chain.push(current)
      current = draft.parentOf(current) ?? null
    }
    for (const block of chain.reverse()) {
      known = [...known, draft.indexOf(block)]
      paths.set(block, known)
    }
    return known
  }
  const sorted = list.map((id) => ({ id, path: pathOf(id) }))
  sorted.sort((a, b) => comparePaths(a.path, b.path))
  return sorted.map((entry) => entry.id)
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
