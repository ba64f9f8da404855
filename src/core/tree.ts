// Read-only helpers over a block tree. Blocks nest through `children`; every walk is iterative so
// deep documents cannot overflow the stack.
import { cloneValue } from './deep-equal'
import type { Block, BlockLocation, NewBlock } from './types'

/** Visits every block depth-first, parents before children, in document order. */
export function walkBlocks(
  blocks: readonly Block[],
  visit: (block: Block, parentId: string | null, index: number) => void,
): void {
  const stack: { list: readonly Block[]; parentId: string | null; index: number }[] = [
    { list: blocks, parentId: null, index: 0 },
  ]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number]
    const block = frame.list[frame.index]
    if (block === undefined) {
      stack.pop()
      continue
    }
    visit(block, frame.parentId, frame.index)
    frame.index += 1
    if (block.children && block.children.length > 0) {
      stack.push({ list: block.children, parentId: block.id, index: 0 })
    }
  }
}

export function findBlock(blocks: readonly Block[], id: string): Block | undefined {
  const stack: Block[] = [...blocks].reverse()
  while (stack.length > 0) {
    const block = stack.pop() as Block
    if (block.id === id) return block
    const children = block.children
    if (children) for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as Block)
  }
  return undefined
}

export function locateBlock(blocks: readonly Block[], id: string): BlockLocation | undefined {
  let found: BlockLocation | undefined
  walkBlocks(blocks, (block, parentId, index) => {
    if (found === undefined && block.id === id) found = { parentId, index }
  })
  return found
}

/** The blocks of a container: the top level for null, undefined when the block does not exist. */
export function childrenOf(
  blocks: readonly Block[],
  parentId: string | null,
): readonly Block[] | undefined {
  if (parentId === null) return blocks
  const parent = findBlock(blocks, parentId)
  return parent ? (parent.children ?? []) : undefined
}

/** Every block id in document order. */
export function allIds(blocks: readonly Block[]): string[] {
  const ids: string[] = []
  walkBlocks(blocks, (block) => ids.push(block.id))
  return ids
}

/** Ids of a block tree as sent in an insert (blocks without id are skipped). */
export function newBlockIds(block: NewBlock, into: string[] = []): string[] {
  const stack: NewBlock[] = [block]
  while (stack.length > 0) {
    const current = stack.pop() as NewBlock
    if (current.id !== undefined) into.push(current.id)
    if (current.children) stack.push(...current.children)
  }
  return into
}

/** A deep copy of a block and its children, sharing nothing with the original. */
export function cloneBlock(block: Block): Block {
  const copy: Block = { id: block.id, type: block.type, value: cloneValue(block.value) }
  if (block.children) copy.children = block.children.map(cloneBlock)
  return copy
}
