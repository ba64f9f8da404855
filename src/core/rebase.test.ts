import { describe, expect, it } from 'vitest'
import { rebase } from './rebase'
import { applied, outline, sampleDoc } from './testing/fixtures'
import type { Block, Operation } from './types'

const base = sampleDoc()
const theirs = (ops: Operation[]) => applied(base, ops)

describe('rebase', () => {
  it('replays updates on untouched keys and reports keys both sides changed', () => {
    const newBase = theirs([{ op: 'update', blockId: 'b', value: { title: 'Theirs', count: 9 } }])
    const pending: Operation[] = [
      { op: 'update', blockId: 'b', value: { title: 'Mine', extra: 1 } },
      { op: 'update', blockId: 'b', value: { count: 9 } },
      { op: 'update', blockId: 'b', value: { title: 'Mine!' } },
    ]
    const result = rebase(base, newBase, pending)
    expect(result.ops).toEqual([
      { op: 'update', blockId: 'b', value: { extra: 1 } },
      { op: 'update', blockId: 'b', value: { count: 9 } },
    ])
    expect(result.conflicts).toEqual([
      {
        opIndex: 0,
        op: pending[0],
        blockId: 'b',
        kind: 'field-changed',
        fields: ['title'],
        mine: { title: 'Mine!' },
        theirs: { title: 'Theirs' },
        keepMine: [{ op: 'update', blockId: 'b', value: { title: 'Mine!' } }],
      },
    ])
    expect(
      applied(applied(newBase, result.ops), result.conflicts[0]?.keepMine ?? [])[2]?.value,
    ).toEqual({
      title: 'Mine!',
      count: 9,
      extra: 1,
    })
  })

  it('reports an update of a block someone removed, offering to re-insert it as the user had it', () => {
    const newBase = theirs([{ op: 'remove', blockId: 'c1' }])
    const pending: Operation[] = [{ op: 'update', blockId: 'c1', value: { n: 2 } }]
    const result = rebase(base, newBase, pending)
    expect(result.ops).toEqual([])
    expect(result.conflicts).toMatchObject([
      {
        kind: 'removed',
        blockId: 'c1',
        keepMine: [
          { op: 'insertBefore', blockId: 'c2', block: { id: 'c1', type: 'text', value: { n: 2 } } },
        ],
      },
    ])
  })

  it('re-inserts after the nearest surviving neighbour, else into the parent, else at the end', () => {
    const allGone = theirs([
      { op: 'remove', blockId: 'c1' },
      { op: 'remove', blockId: 'c2' },
    ])
    const intoParent = rebase(base, allGone, [{ op: 'update', blockId: 'c2', value: {} }])
    expect(intoParent.conflicts[0]?.keepMine).toEqual([
      { op: 'append', parentId: 'g1', block: { id: 'c2', type: 'text', value: {} } },
    ])
    const groupGone = theirs([
      { op: 'remove', blockId: 'g1' },
      { op: 'append', block: { id: 'c1', type: 't' } },
    ])
    const atEnd = rebase(base, groupGone, [{ op: 'moveAfter', blockId: 'g1', anchorId: 'a' }])
    expect(atEnd.conflicts[0]).toMatchObject({ kind: 'removed', blockId: 'g1' })
    expect(atEnd.conflicts[0]?.keepMine).toEqual([
      {
        op: 'insertAfter',
        blockId: 'a',
        block: {
          id: 'g1',
          type: 'group',
          value: { title: 'G' },
          children: [{ id: 'c2', type: 'text', value: {} }],
        },
      },
    ])
    const onlyParent = rebase(
      base,
      theirs([
        { op: 'remove', blockId: 'a' },
        { op: 'remove', blockId: 'b' },
        { op: 'remove', blockId: 'g1' },
      ]),
      [{ op: 'update', blockId: 'b', value: {} }],
    )
    expect(onlyParent.conflicts[0]?.keepMine).toEqual([
      { op: 'append', block: { id: 'b', type: 'text', value: { title: 'B', count: 2 } } },
    ])
  })

  it('replays an insert whose anchor is gone as an append to the same container', () => {
    const newBase = theirs([
      { op: 'remove', blockId: 'c1' },
      { op: 'remove', blockId: 'a' },
    ])
    const result = rebase(base, newBase, [
      { op: 'insertAfter', blockId: 'c1', block: { id: 'n', type: 't' } },
      { op: 'insertBefore', blockId: 'a', block: { id: 'm', type: 't' } },
      { op: 'prepend', parentId: 'g1', block: { id: 'p', type: 't' } },
    ])
    expect(result.conflicts).toEqual([])
    expect(result.ops).toEqual([
      { op: 'append', parentId: 'g1', block: { id: 'n', type: 't' } },
      { op: 'append', block: { id: 'm', type: 't' } },
      { op: 'prepend', parentId: 'g1', block: { id: 'p', type: 't' } },
    ])
    const parentGone = rebase(base, theirs([{ op: 'remove', blockId: 'g1' }]), [
      { op: 'append', parentId: 'g1', block: { id: 'q', type: 't' } },
    ])
    expect(parentGone.ops).toEqual([{ op: 'append', block: { id: 'q', type: 't' } }])
  })

  it('reports inserts whose id now exists, and drops removes of blocks already gone', () => {
    const newBase = theirs([
      { op: 'append', block: { id: 'n', type: 't' } },
      { op: 'remove', blockId: 'b' },
    ])
    const result = rebase(base, newBase, [
      { op: 'append', block: { id: 'n', type: 't' } },
      { op: 'remove', blockId: 'b' },
      { op: 'remove', blockId: 'a' },
    ])
    expect(result.ops).toEqual([{ op: 'remove', blockId: 'a' }])
    expect(result.conflicts).toMatchObject([
      { opIndex: 0, kind: 'invalid', blockId: 'n', keepMine: [] },
    ])
  })

  it('reports moves whose anchor is gone, offering a move next to the nearest surviving neighbour', () => {
    const newBase = theirs([{ op: 'remove', blockId: 'b' }])
    const result = rebase(base, newBase, [
      { op: 'moveAfter', blockId: 'a', anchorId: 'b' },
      { op: 'moveBefore', blockId: 'c1', anchorId: 'b' },
    ])
    expect(result.ops).toEqual([])
    expect(result.conflicts.map((c) => [c.kind, c.blockId, c.keepMine])).toEqual([
      ['anchor-removed', 'a', [{ op: 'moveAfter', blockId: 'a', anchorId: 'g1' }]],
      ['anchor-removed', 'c1', [{ op: 'moveAfter', blockId: 'c1', anchorId: 'g1' }]],
    ])
    const alone = rebase(
      base,
      theirs([
        { op: 'remove', blockId: 'a' },
        { op: 'remove', blockId: 'b' },
      ]),
      [{ op: 'moveBefore', blockId: 'g1', anchorId: 'a' }],
    )
    expect(alone.conflicts[0]).toMatchObject({ kind: 'anchor-removed', keepMine: [] })
    const before = rebase(base, theirs([{ op: 'remove', blockId: 'b' }]), [
      { op: 'moveBefore', blockId: 'a', anchorId: 'b' },
    ])
    expect(before.conflicts[0]?.keepMine).toEqual([
      { op: 'moveAfter', blockId: 'a', anchorId: 'g1' },
    ])
    const first = rebase(base, theirs([{ op: 'remove', blockId: 'a' }]), [
      { op: 'moveBefore', blockId: 'b', anchorId: 'a' },
    ])
    expect(first.conflicts[0]?.keepMine).toEqual([
      { op: 'moveBefore', blockId: 'b', anchorId: 'g1' },
    ])
  })

  it('reports a move that became impossible, and invalid pending operations', () => {
    const nested = theirs([{ op: 'moveBefore', blockId: 'a', anchorId: 'c1' }])
    const result = rebase(base, nested, [
      { op: 'moveAfter', blockId: 'g1', anchorId: 'a' },
      { op: 'remove', blockId: 'zz' },
      { op: 'explode' } as unknown as Operation,
    ])
    expect(result.conflicts.map((c) => [c.opIndex, c.kind, c.blockId])).toEqual([
      [0, 'invalid', 'g1'],
      [1, 'invalid', 'zz'],
      [2, 'invalid', ''],
    ])
  })

  it('replays replaceAll as is', () => {
    const pending: Operation[] = [{ op: 'replaceAll', blocks: [{ id: 'only', type: 't' }] }]
    const result = rebase(base, theirs([{ op: 'remove', blockId: 'a' }]), pending)
    expect(result.ops).toEqual(pending)
    expect(outline(applied(base, result.ops))).toEqual(['only'])
  })
})

describe('rebase: removing a container someone else moved a block into', () => {
  it('asks instead of removing their block with it', () => {
    const base: Block[] = [
      { id: 'a', type: 'text', value: {} },
      { id: 'box', type: 'group', value: {}, children: [{ id: 'inner', type: 'text', value: {} }] },
    ]
    const theirs: Block[] = [
      {
        id: 'box',
        type: 'group',
        value: {},
        children: [
          { id: 'a', type: 'text', value: {} },
          { id: 'inner', type: 'text', value: {} },
        ],
      },
    ]
    const ops: Operation[] = [
      { op: 'update', blockId: 'a', value: { title: 'Mine' } },
      { op: 'remove', blockId: 'box' },
    ]
    const result = rebase(base, theirs, ops)
    expect(result.ops).toEqual([ops[0]])
    expect(result.conflicts).toMatchObject([{ opIndex: 1, blockId: 'box', kind: 'invalid' }])
    expect(result.conflicts[0]?.keepMine).toEqual([ops[1]])
  })
})
