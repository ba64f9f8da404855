import { describe, expect, it } from 'vitest'
import type { Block } from '../../core/types'
import {
  dropOperation,
  dropSlots,
  isOrigin,
  sideFromPointer,
  slotIndexOfOrigin,
  stepSlot,
  type DropSlot,
} from './drop-target'

const b = (id: string, children?: Block[]): Block =>
  children ? { id, type: 'x', value: {}, children } : { id, type: 'x', value: {} }

const flat = [b('a'), b('b'), b('c'), b('d')]
const nested = [b('a'), b('box', [b('k1'), b('k2')]), b('z')]

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
