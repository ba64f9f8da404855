import { describe, expect, it } from 'vitest'
import { planFlush } from './plan-flush'
import { applied, outline, sampleDoc } from './testing/fixtures'
import type { Block, Operation } from './types'

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

describe('planFlush on 10,000 blocks', () => {
  const flat = (): Block[] =>
    Array.from({ length: 10_000 }, (_, i) => ({ id: `b${i}`, type: 'text', value: { n: i } }))
  const nested = (): Block[] =>
    Array.from({ length: 1_000 }, (_, g) => ({
      id: `g${g}`,
      type: 'group',
      value: { n: g },
      children: Array.from({ length: 9 }, (_, c) => ({
        id: `g${g}-c${c}`,
        type: 'text',
        value: {},
      })),
    }))

  function plannedOn(doc: Block[], ops: Operation[]): Operation[] {
    const plan = planFlush(doc, ops)
    expect(applied(doc, plan)).toEqual(applied(doc, ops))
    return plan
  }

  it('plans a few operations on a flat document', () => {
    const doc = flat()
    const plan = plannedOn(doc, [
      { op: 'update', blockId: 'b100', value: { n: 'x' } },
      { op: 'update', blockId: 'b100', value: { n: 'y' } },
      { op: 'insertAfter', blockId: 'b5000', block: { id: 'new', type: 'text', value: { t: '' } } },
      { op: 'update', blockId: 'new', value: { t: 'hi' } },
      { op: 'moveAfter', blockId: 'b9000', anchorId: 'b10' },
      { op: 'remove', blockId: 'b7000' },
      { op: 'update', blockId: 'b20', value: { n: 20 } },
    ])
    expect(plan).toEqual([
      { op: 'moveAfter', blockId: 'b9000', anchorId: 'b10' },
      {
        op: 'insertAfter',
        blockId: 'b5000',
        block: { id: 'new', type: 'text', value: { t: 'hi' } },
      },
      { op: 'update', blockId: 'b100', value: { n: 'y' } },
      { op: 'remove', blockId: 'b7000' },
    ])
    expect(doc).toEqual(flat())
  })

  it('plans a few operations on a nested document', () => {
    const plan = plannedOn(nested(), [
      { op: 'moveBefore', blockId: 'g500-c3', anchorId: 'g2-c0' },
      { op: 'append', parentId: 'g900', block: { id: 'n1', type: 'text' } },
      { op: 'update', blockId: 'n1', value: { t: 1 } },
      { op: 'remove', blockId: 'g10' },
      { op: 'update', blockId: 'g700-c1', value: { t: 'a' } },
      { op: 'update', blockId: 'g700-c1', value: { t: 'b' } },
      { op: 'moveAfter', blockId: 'g999', anchorId: 'g0' },
    ])
    expect(plan).toEqual([
      { op: 'moveAfter', blockId: 'g999', anchorId: 'g0' },
      { op: 'moveBefore', blockId: 'g500-c3', anchorId: 'g2-c0' },
      { op: 'insertAfter', blockId: 'g900-c8', block: { id: 'n1', type: 'text', value: { t: 1 } } },
      { op: 'update', blockId: 'g700-c1', value: { t: 'b' } },
      { op: 'remove', blockId: 'g10' },
    ])
  })

  it('keeps a single move, drops edits that cancel out and plans replaceAll as one', () => {
    const doc = flat()
    const move: Operation[] = [{ op: 'moveBefore', blockId: 'b9999', anchorId: 'b0' }]
    expect(planFlush(doc, move)).toBe(move)
    expect(
      plannedOn(doc, [
        { op: 'moveBefore', blockId: 'b9999', anchorId: 'b0' },
        { op: 'moveAfter', blockId: 'b9999', anchorId: 'b9998' },
        { op: 'append', block: { id: 'x', type: 'text' } },
        { op: 'remove', blockId: 'x' },
      ]),
    ).toEqual([])
    const replaced = plannedOn(doc, [
      { op: 'replaceAll', blocks: doc.slice(0, 3) },
      { op: 'update', blockId: 'b1', value: { n: 'one' } },
    ])
    expect(replaced).toEqual([
      {
        op: 'replaceAll',
        blocks: [doc[0], { id: 'b1', type: 'text', value: { n: 'one' } }, doc[2]],
      },
    ])
  })
})
