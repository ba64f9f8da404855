import { describe, expect, it } from 'vitest'
import { planFlush } from './plan-flush'
import { applied, outline, sampleDoc } from './testing/fixtures'
import type { Operation } from './types'

function planned(ops: Operation[]): Operation[] {
  const doc = sampleDoc()
  const plan = planFlush(doc, ops)
  expect(applied(doc, plan)).toEqual(applied(doc, ops))
  return plan
}

describe('planFlush', () => {
  it('returns the pending list itself when nothing shorter exists', () => {
    const pending: Operation[] = [{ op: 'moveAfter', blockId: 'a', anchorId: 'b' }]
    expect(planFlush(sampleDoc(), pending)).toBe(pending)
    const empty: Operation[] = []
    expect(planFlush(sampleDoc(), empty)).toBe(empty)
    const invalid: Operation[] = [
      { op: 'remove', blockId: 'x' },
      { op: 'remove', blockId: 'y' },
    ]
    expect(planFlush(sampleDoc(), invalid)).toBe(invalid)
  })

  it('coalesces typing into one update per block with only changed keys', () => {
    expect(
      planned([
        { op: 'update', blockId: 'b', value: { title: 'B1' } },
        { op: 'update', blockId: 'b', value: { title: 'B12', count: 2 } },
        { op: 'update', blockId: 'c1', value: { n: 5 } },
        { op: 'update', blockId: 'c1', value: { n: 1 } },
      ]),
    ).toEqual([{ op: 'update', blockId: 'b', value: { title: 'B12' } }])
  })

  it('sends an insert followed by edits as one insert with the final value', () => {
    expect(
      planned([
        { op: 'insertAfter', blockId: 'a', block: { id: 'n', type: 'text', value: { title: '' } } },
        { op: 'update', blockId: 'n', value: { title: 'H' } },
        { op: 'update', blockId: 'n', value: { title: 'Hi' } },
      ]),
    ).toEqual([
      { op: 'insertAfter', blockId: 'a', block: { id: 'n', type: 'text', value: { title: 'Hi' } } },
    ])
  })

  it('drops edits that cancel out and collapses chains of moves into one', () => {
    expect(
      planned([
        { op: 'append', block: { id: 'n', type: 'text' } },
        { op: 'remove', blockId: 'n' },
      ]),
    ).toEqual([])
    expect(
      planned([
        { op: 'moveAfter', blockId: 'a', anchorId: 'b' },
        { op: 'moveBefore', blockId: 'a', anchorId: 'c1' },
        { op: 'moveAfter', blockId: 'a', anchorId: 'c2' },
      ]),
    ).toEqual([{ op: 'moveAfter', blockId: 'a', anchorId: 'c2' }])
  })

  it('removes only the topmost removed blocks, after placing survivors', () => {
    expect(
      planned([
        { op: 'remove', blockId: 'c2' },
        { op: 'moveBefore', blockId: 'c1', anchorId: 'a' },
        { op: 'remove', blockId: 'g1' },
        { op: 'update', blockId: 'b', value: { count: 3 } },
      ]),
    ).toEqual([
      { op: 'moveBefore', blockId: 'c1', anchorId: 'a' },
      { op: 'update', blockId: 'b', value: { count: 3 } },
      { op: 'remove', blockId: 'g1' },
    ])
  })

  it('inserts new containers with their new children and moves survivors into them', () => {
    const plan = planned([
      { op: 'append', block: { id: 'box', type: 'group', children: [] } },
      { op: 'append', parentId: 'box', block: { id: 'inner', type: 'text' } },
      { op: 'moveBefore', blockId: 'a', anchorId: 'inner' },
      { op: 'update', blockId: 'inner', value: { t: 1 } },
    ])
    expect(plan).toEqual([
      {
        op: 'insertAfter',
        blockId: 'b',
        block: {
          id: 'box',
          type: 'group',
          value: {},
          children: [{ id: 'inner', type: 'text', value: { t: 1 } }],
        },
      },
      { op: 'moveBefore', blockId: 'a', anchorId: 'inner' },
    ])
    expect(outline(applied(sampleDoc(), plan))).toEqual([
      ['g1', ['c1', 'c2']],
      'b',
      ['box', ['a', 'inner']],
    ])
  })

  it('moves a survivor into an empty container by removing it and appending it there', () => {
    expect(
      planned([
        { op: 'append', block: { id: 'box', type: 'group', children: [{ id: 'x', type: 't' }] } },
        { op: 'moveBefore', blockId: 'g1', anchorId: 'x' },
        { op: 'remove', blockId: 'x' },
        { op: 'update', blockId: 'g1', value: { title: 'Z' } },
      ]),
    ).toEqual([
      {
        op: 'insertAfter',
        blockId: 'b',
        block: { id: 'box', type: 'group', value: {}, children: [] },
      },
      { op: 'remove', blockId: 'g1' },
      {
        op: 'append',
        parentId: 'box',
        block: { ...sampleDoc()[1], value: { title: 'Z' } },
      },
    ])
  })

  it('recreates a block whose value lost a key, and falls back to one replaceAll', () => {
    const recreate = planned([
      { op: 'remove', blockId: 'b' },
      { op: 'append', block: { id: 'b', type: 'text', value: { title: 'B' } } },
      { op: 'update', blockId: 'b', value: { title: 'C' } },
    ])
    expect(recreate).toEqual([
      { op: 'remove', blockId: 'b' },
      { op: 'insertAfter', blockId: 'g1', block: { id: 'b', type: 'text', value: { title: 'C' } } },
    ])
    expect(
      planned([
        { op: 'replaceAll', blocks: [{ id: 'x', type: 't' }] },
        { op: 'update', blockId: 'x', value: { v: 1 } },
      ]),
    ).toEqual([{ op: 'replaceAll', blocks: [{ id: 'x', type: 't', value: { v: 1 } }] }])
    expect(
      planned([
        { op: 'replaceAll', blocks: [] },
        { op: 'replaceAll', blocks: sampleDoc() },
      ]),
    ).toEqual([])
  })
})
