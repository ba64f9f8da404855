import { describe, expect, it } from 'vitest'
import type { Block, BlockTypeSchema } from '../types'
import { applyOperations } from '../apply-operations'
import { allIds } from '../tree'
import { dropOps, heldIds, mayDropAt } from './drop-ops'
import { dropSlots as slotsOf } from './drop-slots'
import {
  isOrigin,
  sideFromPointer,
  slotIndexOfOrigin,
  stepSlot,
  type DropSlot,
  type DropTarget,
} from './drop-target'

const b = (id: string, children?: Block[]): Block =>
  children ? { id, type: 'x', value: {}, children } : { id, type: 'x', value: {} }

const flat = [b('a'), b('b'), b('c'), b('d')]
const nested = [b('a'), b('box', [b('k1'), b('k2')]), b('z')]

/** The single-block drop: its one operation, or null. */
const dropOperation = (blocks: Block[], activeId: string, target: DropTarget | null) =>
  dropOps(blocks, activeId, [activeId], target)[0] ?? null
const dropSlots = (
  blocks: Block[],
  activeId: string,
  nesting: boolean,
  schema?: BlockTypeSchema[],
) => slotsOf(blocks, activeId, [activeId], { nesting, schema, isContainer: (x) => !!x.children })

const describeSlot = (slot: DropSlot): string =>
  isOrigin(slot) ? 'origin' : `${slot.side}:${slot.anchorId}`

describe('dropOperation', () => {
  it('moves after the anchor when dropped on its bottom half', () => {
    expect(dropOperation(flat, 'a', { anchorId: 'c', side: 'after' })).toEqual({
      op: 'moveAfter',
      blockId: 'a',
      anchorId: 'c',
    })
  })

  it('moves before the anchor when dropped on its top half', () => {
    expect(dropOperation(flat, 'd', { anchorId: 'b', side: 'before' })).toEqual({
      op: 'moveBefore',
      blockId: 'd',
      anchorId: 'b',
    })
  })

  it('produces nothing when the block would land where it already is', () => {
    expect(dropOperation(flat, 'b', { anchorId: 'c', side: 'before' })).toBeNull()
    expect(dropOperation(flat, 'b', { anchorId: 'a', side: 'after' })).toBeNull()
    expect(dropOperation(flat, 'b', { anchorId: 'b', side: 'after' })).toBeNull()
    expect(dropOperation(flat, 'b', null)).toBeNull()
  })

  it('refuses to move a container into itself', () => {
    expect(dropOperation(nested, 'box', { anchorId: 'k2', side: 'after' })).toBeNull()
  })

  it('moves across containers with one operation', () => {
    expect(dropOperation(nested, 'z', { anchorId: 'k1', side: 'after' })).toEqual({
      op: 'moveAfter',
      blockId: 'z',
      anchorId: 'k1',
    })
    // k2 is after k1 in the box, but not next to the block when it comes from outside.
    expect(dropOperation(nested, 'a', { anchorId: 'k2', side: 'before' })).toEqual({
      op: 'moveBefore',
      blockId: 'a',
      anchorId: 'k2',
    })
  })

  it('ignores unknown ids', () => {
    expect(dropOperation(flat, 'nope', { anchorId: 'a', side: 'after' })).toBeNull()
    expect(dropOperation(flat, 'a', { anchorId: 'nope', side: 'after' })).toBeNull()
  })
})

describe('dropSlots', () => {
  it('lists each distinct place once with the origin in reading order', () => {
    expect(dropSlots(flat, 'b', false).map(describeSlot)).toEqual([
      'before:a',
      'origin',
      'after:c',
      'after:d',
    ])
    expect(dropSlots(flat, 'a', false).map(describeSlot)).toEqual([
      'origin',
      'after:b',
      'after:c',
      'after:d',
    ])
  })

  it('walks into containers when nesting is on', () => {
    expect(dropSlots(nested, 'a', true).map(describeSlot)).toEqual([
      'origin',
      'before:k1',
      'after:k1',
      'after:k2',
      'after:box',
      'after:z',
    ])
    expect(dropSlots(nested, 'a', false).map(describeSlot)).toEqual([
      'origin',
      'after:box',
      'after:z',
    ])
  })

  it('never offers a place inside the dragged container', () => {
    const slots = dropSlots(nested, 'box', true).map(describeSlot)
    expect(slots).toEqual(['before:a', 'origin', 'after:z'])
  })

  it('keeps an only child reachable from its empty container', () => {
    const doc = [b('box', [b('only')]), b('z')]
    expect(dropSlots(doc, 'only', true).map(describeSlot)).toEqual([
      'before:box',
      'origin',
      'after:box',
      'after:z',
    ])
  })

  it('gives every non-origin slot a real move', () => {
    for (const activeId of ['a', 'box', 'k1', 'k2', 'z']) {
      for (const slot of dropSlots(nested, activeId, true)) {
        if (isOrigin(slot)) continue
        expect(dropOperation(nested, activeId, slot)).not.toBeNull()
      }
    }
  })
})

describe('stepping', () => {
  it('starts at the origin and stays within bounds', () => {
    const slots = dropSlots(flat, 'b', false)
    const start = slotIndexOfOrigin(slots)
    expect(start).toBe(1)
    expect(stepSlot(slots, start, 1)).toBe(2)
    expect(stepSlot(slots, 0, -1)).toBe(0)
    expect(stepSlot(slots, slots.length - 1, 1)).toBe(slots.length - 1)
  })

  it('picks the card half under the pointer', () => {
    expect(sideFromPointer(10, 0, 40)).toBe('before')
    expect(sideFromPointer(30, 0, 40)).toBe('after')
  })
})

// Omerlo's shape: blocks are containers that take entries of one kind; entries live in blocks only.
const schema: BlockTypeSchema[] = [
  { type: 'contents', label: 'Contents', container: true, childTypes: ['content'], fields: [] },
  { type: 'people', label: 'People', container: true, childTypes: ['person'], fields: [] },
  { type: 'content', label: 'Content entry', childOnly: true, fields: [] },
  { type: 'person', label: 'Person entry', childOnly: true, fields: [] },
]
const t = (id: string, type: string, children?: Block[]): Block =>
  children ? { id, type, value: {}, children } : { id, type, value: {} }
const omerlo = [
  t('featured', 'contents', [t('welcome', 'content'), t('programme', 'content')]),
  t('speakers', 'people', [t('ada', 'person'), t('grace', 'person')]),
  t('more', 'contents', [t('getting', 'content')]),
  t('empty', 'people', []),
]

describe('placement-aware slots', () => {
  it('offers a top-level block only top-level places: one ArrowUp makes the second first', () => {
    const slots = dropSlots(omerlo, 'speakers', true, schema)
    expect(slots.map(describeSlot)).toEqual([
      'before:featured',
      'origin',
      'after:more',
      'after:empty',
    ])
    const up = slots[stepSlot(slots, slotIndexOfOrigin(slots), -1)] as DropTarget
    expect(dropOperation(omerlo, 'speakers', up)).toEqual({
      op: 'moveBefore',
      blockId: 'speakers',
      anchorId: 'featured',
    })
  })

  it('offers an entry only the containers of its kind, an empty one included', () => {
    expect(dropSlots(omerlo, 'ada', true, schema).map(describeSlot)).toEqual([
      'origin',
      'after:grace',
      'inside:empty',
    ])
    expect(dropSlots(omerlo, 'welcome', true, schema).map(describeSlot)).toEqual([
      'origin',
      'after:programme',
      'before:getting',
      'after:getting',
    ])
  })

  it('says whether the schema takes the held blocks at a place', () => {
    const rules = { schema }
    expect(mayDropAt(omerlo, ['ada'], { anchorId: 'getting', side: 'before' }, rules)).toBe(false)
    expect(mayDropAt(omerlo, ['ada'], { anchorId: 'featured', side: 'after' }, rules)).toBe(false)
    expect(mayDropAt(omerlo, ['ada'], { anchorId: 'empty', side: 'inside' }, rules)).toBe(true)
    expect(mayDropAt(omerlo, ['more'], { anchorId: 'featured', side: 'after' }, rules)).toBe(true)
  })

  it('gives every non-origin slot operations the core accepts', () => {
    for (const activeId of allIds(omerlo)) {
      for (const slot of dropSlots(omerlo, activeId, true, schema)) {
        if (isOrigin(slot)) continue
        const ops = dropOps(omerlo, activeId, [activeId], slot)
        expect(ops.length).toBeGreaterThan(0)
        expect(applyOperations(omerlo, ops, { schema }).ok).toBe(true)
      }
    }
  })
})

describe('a drop into an empty container', () => {
  it('takes the block out and appends it there, with its children', () => {
    const doc = [b('box', []), b('full', [b('k')])]
    const ops = dropOps(doc, 'full', ['full'], { anchorId: 'box', side: 'inside' })
    expect(ops).toEqual([
      { op: 'remove', blockId: 'full' },
      { op: 'append', block: b('full', [b('k')]), parentId: 'box' },
    ])
    const result = applyOperations(doc, ops)
    expect(result.ok && result.blocks).toEqual([b('box', [b('full', [b('k')])])])
    expect(dropOps(doc, 'box', ['box'], { anchorId: 'full', side: 'inside' })).toEqual([])
  })
})

describe('heldIds', () => {
  it('carries the selection only when it holds the dragged block', () => {
    expect(heldIds(flat, ['a', 'c'], 'c')).toEqual(['a', 'c'])
    expect(heldIds(flat, ['a', 'c'], 'b')).toEqual(['b'])
    expect(heldIds(flat, ['c'], 'c')).toEqual(['c'])
  })
})
