// One operation → the Tines calls that carry it, given the case before and after it (as the core
// computes them). A move is one PUT; an insert one POST (plus one per child of a new group).
import { allIds, findBlock, locateBlock, walkBlocks } from '../../core'
import type { Block, Operation } from '../../core/types'
import { createSteps, moveStep, removeStep, updateSteps } from './writes'
import type { Step, Writer } from './writes'

const must = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`Tines adapter: ${what} is missing after the operation`)
  return value
}

export function stepsFor(
  w: Writer,
  op: Operation,
  before: Block[],
  after: Block[],
  insertedId: string | undefined,
): Step[] {
  switch (op.op) {
    case 'update':
      return updateSteps(
        w,
        must(findBlock(before, op.blockId), op.blockId),
        must(findBlock(after, op.blockId), op.blockId),
      )
    case 'remove':
      return [removeStep(w, must(findBlock(before, op.blockId), op.blockId))]
    case 'moveBefore':
    case 'moveAfter': {
      const from = must(locateBlock(before, op.blockId), op.blockId)
      const to = must(locateBlock(after, op.blockId), op.blockId)
      if (from.parentId === to.parentId && from.index === to.index) return []
      return [moveStep(w, op.blockId, from, to)]
    }
    case 'insertBefore':
    case 'insertAfter':
    case 'append':
    case 'prepend': {
      const id = must(insertedId, 'the inserted block')
      const at = must(locateBlock(after, id), id)
      return createSteps(w, must(findBlock(after, id), id), at.parentId, at.index)
    }
    case 'replaceAll':
      return replaceAllSteps(w, before, after)
  }
}

/**
 * replaceAll as single-block calls: each container of the result is laid out front to back
 * (creating or moving into place what is not there yet, updating changed values), then what
 * the result no longer holds is deleted. Groups sit at the top level only, so two passes do it.
 */
function replaceAllSteps(w: Writer, before: Block[], after: Block[]): Step[] {
  const lists = new Map<string | null, string[]>()
  const parentOf = new Map<string, string | null>()
  const old = new Map<string, Block>()
  walkBlocks(before, (block, parentId) => {
    old.set(block.id, block)
    parentOf.set(block.id, parentId)
    lists.set(parentId, [...(lists.get(parentId) ?? []), block.id])
  })
  const steps: Step[] = []
  const layOut = (list: readonly Block[], parentId: string | null): void => {
    const target = lists.get(parentId) ?? []
    lists.set(parentId, target)
    list.forEach((block, index) => {
      const previous = old.get(block.id)
      if (!previous) {
        steps.push(...createSteps(w, block, parentId, index))
        target.splice(index, 0, block.id)
        return
      }
      const from = parentOf.get(block.id) ?? null
      const source = lists.get(from) ?? []
      if (from !== parentId || source.indexOf(block.id) !== index) {
        steps.push(moveStep(w, block.id, { parentId: from }, { parentId, index }))
        source.splice(source.indexOf(block.id), 1)
        target.splice(index, 0, block.id)
        parentOf.set(block.id, parentId)
      }
      steps.push(...updateSteps(w, previous, block))
    })
  }
  layOut(after, null)
  for (const group of after)
    if (old.has(group.id) && group.children) layOut(group.children, group.id)
  const kept = new Set(allIds(after))
  walkBlocks(before, (block, parentId) => {
    if (!kept.has(block.id) && (parentId === null || kept.has(parentId))) {
      steps.push(removeStep(w, block))
    }
  })
  return steps
}
