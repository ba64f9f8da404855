import { describe, expect, it } from 'vitest'
import { applyOperations } from '../apply-operations'
import { allIds } from '../tree'
import type { Block } from '../types'
import { actionableIds, moveSelectionOps, moveSelectionStepOps } from './move-selection'
import { duplicateOps, removeOps } from './selection-edits'

const flat = (...ids: string[]): Block[] => ids.map((id) => ({ id, type: 't', value: {} }))
const order = (blocks: Block[], ops: Parameters<typeof applyOperations>[1]) => {
  const result = applyOperations(blocks, ops)
  if (!result.ok) throw new Error(result.message)
  return allIds(result.blocks)
}

describe('moveSelectionOps', () => {
  const doc = flat('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i')

  it('moves three scattered blocks to the top as three chained moves, in document order', () => {
    const ops = moveSelectionOps(doc, ['h', 'b', 'e'], { anchorId: 'a', side: 'before' })
    expect(ops).toEqual([
      { op: 'moveBefore', blockId: 'b', anchorId: 'a' },
      { op: 'moveAfter', blockId: 'e', anchorId: 'b' },
      { op: 'moveAfter', blockId: 'h', anchorId: 'e' },
    ])
    expect(order(doc, ops)).toEqual(['b', 'e', 'h', 'a', 'c', 'd', 'f', 'g', 'i'])
  })

  it('sends only the moves needed when some blocks are already in place', () => {
    const ops = moveSelectionOps(doc, ['a', 'b', 'e'], { anchorId: 'c', side: 'before' })
    expect(ops).toEqual([{ op: 'moveAfter', blockId: 'e', anchorId: 'b' }])
  })

  it('returns nothing when the selection is already at the target', () => {
    expect(moveSelectionOps(doc, ['b', 'c'], { anchorId: 'a', side: 'after' })).toEqual([])
  })

  it('gathers the group around a selected anchor', () => {
    const ops = moveSelectionOps(doc, ['b', 'e', 'h'], { anchorId: 'e', side: 'after' })
    expect(order(doc, ops)).toEqual(['a', 'c', 'd', 'b', 'e', 'h', 'f', 'g', 'i'])
    expect(ops).toHaveLength(2)
  })

  it('moves a container with its children and refuses a target inside a moved block', () => {
    const nested: Block[] = [
      { id: 'box', type: 't', value: {}, children: flat('x', 'y') },
      ...flat('p', 'q'),
    ]
    expect(actionableIds(nested, ['x', 'box', 'q'])).toEqual(['box', 'q'])
    expect(moveSelectionOps(nested, ['box'], { anchorId: 'x', side: 'after' })).toEqual([])
    const ops = moveSelectionOps(nested, ['box', 'p'], { anchorId: 'q', side: 'after' })
    expect(order(nested, ops)).toEqual(['q', 'box', 'x', 'y', 'p'])
  })
})

describe('moveSelectionStepOps', () => {
  const doc = flat('a', 'b', 'c', 'd')
  it('moves the group above the unselected block before it, and not past the top', () => {
    expect(order(doc, moveSelectionStepOps(doc, ['c', 'd'], 'up'))).toEqual(['a', 'c', 'd', 'b'])
    expect(moveSelectionStepOps(doc, ['a', 'b'], 'up')).toEqual([])
    expect(order(doc, moveSelectionStepOps(doc, ['a'], 'down'))).toEqual(['b', 'a', 'c', 'd'])
  })
})

describe('duplicate and remove', () => {
  it('inserts each copy after its original and removes each block once', () => {
    const copy = { id: 'a2', type: 't', value: {} }
    expect(duplicateOps(['a'], [copy])).toEqual([{ op: 'insertAfter', blockId: 'a', block: copy }])
    const nested: Block[] = [{ id: 'box', type: 't', value: {}, children: flat('x') }]
    expect(removeOps(nested, ['x', 'box', 'gone'])).toEqual([{ op: 'remove', blockId: 'box' }])
  })
})

describe('a group dropped into an empty container', () => {
  it('puts the first block in and chains the rest after it', () => {
    const doc: Block[] = [{ id: 'box', type: 't', value: {}, children: [] }, ...flat('p', 'q', 'r')]
    const ops = moveSelectionOps(doc, ['r', 'p'], { anchorId: 'box', side: 'inside' })
    const result = applyOperations(doc, ops)
    if (!result.ok) throw new Error(result.message)
    expect(result.blocks[0]?.children?.map((c) => c.id)).toEqual(['p', 'r'])
    expect(allIds(result.blocks)).toEqual(['box', 'p', 'r', 'q'])
  })
})
