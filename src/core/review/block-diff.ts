// How one block list became another (published → draft, or any version → draft), block by block.
// Blocks are matched by id across the whole tree. Within a container, the blocks on a longest
// run kept in order stayed where they were and the others moved, so one drag reads as one move.
import { longestIncreasingSubsequence } from '../lis'
import { walkBlocks } from '../tree'
import type { Block, BlockTypeSchema } from '../types'
import { diffFields } from './field-diff'
import type { BlockChange, BlockDiff, BlockPlace } from './types'

interface Located {
  block: Block
  parentId: string | null
  siblings: readonly Block[]
  index: number
}

function indexTree(blocks: readonly Block[]): Map<string, Located> {
  const index = new Map<string, Located>()
  const siblingsOf = new Map<string | null, readonly Block[]>([[null, blocks]])
  walkBlocks(blocks, (block, parentId, at) => {
    if (block.children) siblingsOf.set(block.id, block.children)
    index.set(block.id, { block, parentId, siblings: siblingsOf.get(parentId) ?? [], index: at })
  })
  return index
}

function placeOf(located: Located | undefined): BlockPlace | null {
  if (!located) return null
  const { siblings, index, parentId } = located
  return {
    parentId,
    index,
    previousId: siblings[index - 1]?.id ?? null,
    nextId: siblings[index + 1]?.id ?? null,
  }
}

/** Ids of the blocks that moved: to another container, or out of the longest kept order. */
function movedIds(before: Map<string, Located>, after: Map<string, Located>): Set<string> {
  const moved = new Set<string>()
  const containers = new Map<string | null, string[]>()
  for (const [id, place] of after) {
    const old = before.get(id)
    if (!old) continue
    if (old.parentId !== place.parentId) {
      moved.add(id)
      continue
    }
    const list = containers.get(place.parentId) ?? []
    list[place.index] = id
    containers.set(place.parentId, list)
  }
  for (const sparse of containers.values()) {
    const ids = sparse.filter((id): id is string => id !== undefined)
    const kept = new Set(
      longestIncreasingSubsequence(ids.map((id) => (before.get(id) as Located).index)),
    )
    ids.forEach((id, position) => {
      if (!kept.has(position)) moved.add(id)
    })
  }
  return moved
}

export function diffBlocks(
  before: readonly Block[],
  after: readonly Block[],
  schema: readonly BlockTypeSchema[] = [],
): BlockDiff {
  const beforeIndex = indexTree(before)
  const afterIndex = indexTree(after)
  const moved = movedIds(beforeIndex, afterIndex)
  const typeOf = new Map(schema.map((t) => [t.type, t]))
  const out: BlockChange[] = []
  const counts = { added: 0, removed: 0, moved: 0, changed: 0 }

  const emitRemoved = (block: Block, depth: number) => {
    counts.removed += 1
    out.push({
      blockId: block.id,
      depth,
      kind: 'removed',
      moved: false,
      before: block,
      after: null,
      place: null,
      placeBefore: placeOf(beforeIndex.get(block.id)),
      fields: [],
    })
    for (const child of block.children ?? []) {
      if (!afterIndex.has(child.id)) emitRemoved(child, depth + 1)
    }
  }

  const emitKept = (block: Block, depth: number) => {
    const old = beforeIndex.get(block.id)
    const place = placeOf(afterIndex.get(block.id))
    if (!old) {
      counts.added += 1
      out.push({
        blockId: block.id,
        depth,
        kind: 'added',
        moved: false,
        before: null,
        after: block,
        place,
        placeBefore: null,
        fields: [],
      })
    } else {
      const fields = diffFields(old.block.value, block.value, typeOf.get(block.type)?.fields)
      const retyped = old.block.type !== block.type
      const isMoved = moved.has(block.id)
      const kind = fields.length > 0 || retyped ? 'changed' : isMoved ? 'moved' : 'unchanged'
      if (kind === 'changed') counts.changed += 1
      if (isMoved) counts.moved += 1
      out.push({
        blockId: block.id,
        depth,
        kind,
        moved: isMoved,
        before: old.block,
        after: block,
        place,
        placeBefore: placeOf(old),
        fields,
      })
    }
    emitContainer(block.id, block.children ?? [], old?.block.children ?? [], depth + 1)
  }

  const emitContainer = (
    containerId: string | null,
    now: readonly Block[],
    was: readonly Block[],
    depth: number,
  ) => {
    // Each removed block is shown after the nearest earlier sibling that is still here.
    const removedAfter = new Map<number, Block[]>()
    was.forEach((block, index) => {
      if (afterIndex.has(block.id)) return
      let point = -1
      for (let i = index - 1; i >= 0; i -= 1) {
        const kept = afterIndex.get((was[i] as Block).id)
        if (kept && kept.parentId === containerId) {
          point = kept.index
          break
        }
      }
      removedAfter.set(point, [...(removedAfter.get(point) ?? []), block])
    })
    for (const block of removedAfter.get(-1) ?? []) emitRemoved(block, depth)
    now.forEach((block, index) => {
      emitKept(block, depth)
      for (const removed of removedAfter.get(index) ?? []) emitRemoved(removed, depth)
    })
  }

  emitContainer(null, after, before, 0)
  return { blocks: out, counts }
}

/** True when the two lists hold the same blocks in the same places with the same values. */
export function hasChanges(diff: BlockDiff): boolean {
  const { added, removed, moved, changed } = diff.counts
  return added + removed + moved + changed > 0
}
