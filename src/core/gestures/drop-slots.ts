// Every place the held blocks may be dropped, in reading order, with the place the active block
// came from as the origin. Each arrow press steps one slot, so only places the schema accepts are
// offered (a block never "inside" another block that takes only entries), each place once, and an
// empty container offers its inside. Iterative: deep documents cannot overflow the stack.
import type { Block, BlockTypeSchema } from '../types'
import { findBlock } from '../tree'
import type { DropSlot } from './drop-target'
import { mayHoldAll } from './placement'

export interface PlacementRules {
  /** Whether blocks nest at all on this backend. */
  nesting: boolean
  schema?: readonly BlockTypeSchema[] | undefined
  /** Blocks that may hold others: an empty one offers a slot inside it. */
  isContainer(block: Block): boolean
}

interface Frame {
  list: readonly Block[]
  /** Whether the held blocks may sit in this list. */
  fits: boolean
  i: number
  entered: boolean
}

/** `held`: the ids the drag carries (the active one among them), outermost blocks only. */
export function dropSlots(
  blocks: readonly Block[],
  activeId: string,
  held: readonly string[],
  rules: PlacementRules,
): DropSlot[] {
  const heldSet = new Set(held)
  heldSet.add(activeId)
  const types = [...heldSet].flatMap((id) => findBlock(blocks, id)?.type ?? [])
  const fits = (parentType: string | null) => mayHoldAll(rules.schema, parentType, types)
  const slots: DropSlot[] = []
  const open = (list: readonly Block[], parentType: string | null): Frame => {
    const frame = { list, fits: fits(parentType), i: 0, entered: false }
    const first = list[0]
    if (frame.fits && first && first.id !== activeId) {
      slots.push({ anchorId: first.id, side: 'before' })
    }
    return frame
  }
  const stack: Frame[] = [open(blocks, null)]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    const block = frame.list[frame.i]
    if (!block) {
      stack.pop()
      continue
    }
    if (!frame.entered) {
      frame.entered = true
      if (block.id === activeId) {
        // After the block before it and after itself are the same place: the origin.
        slots.push({ origin: true })
        frame.i += 1
        frame.entered = false
        continue
      }
      if (rules.nesting && !heldSet.has(block.id)) {
        if (block.children && block.children.length > 0) {
          stack.push(open(block.children, block.type))
          continue
        }
        if (rules.isContainer(block) && fits(block.type)) {
          slots.push({ anchorId: block.id, side: 'inside' })
        }
      }
    }
    if (frame.fits && frame.list[frame.i + 1]?.id !== activeId) {
      slots.push({ anchorId: block.id, side: 'after' })
    }
    frame.i += 1
    frame.entered = false
  }
  return slots
}
