import { describe, expect, it } from 'vitest'
import type { Block, BlockTypeSchema } from '../types'
import { diffBlocks, hasChanges } from './block-diff'

const SCHEMA: BlockTypeSchema[] = [
  { type: 'text', label: 'Text', fields: [{ key: 'heading', type: 'text', label: 'Heading' }] },
  { type: 'group', label: 'Group', fields: [], container: true },
]

const t = (id: string, heading = id): Block => ({ id, type: 'text', value: { heading } })
const g = (id: string, children: Block[]): Block => ({ id, type: 'group', value: {}, children })

const kinds = (before: Block[], after: Block[]) =>
  diffBlocks(before, after, SCHEMA).blocks.map((c) => [c.blockId, c.kind, c.moved, c.depth])

describe('diffBlocks', () => {
  it('finds nothing between equal lists', () => {
    const diff = diffBlocks([t('a'), t('b')], [t('a'), t('b')], SCHEMA)
    expect(hasChanges(diff)).toBe(false)
    expect(diff.counts).toEqual({ added: 0, removed: 0, moved: 0, changed: 0 })
  })

  it('calls one dragged block moved and leaves the others in place', () => {
    expect(kinds([t('a'), t('b'), t('c'), t('d')], [t('a'), t('c'), t('d'), t('b')])).toEqual([
      ['a', 'unchanged', false, 0],
      ['c', 'unchanged', false, 0],
      ['d', 'unchanged', false, 0],
      ['b', 'moved', true, 0],
    ])
  })

  it('shows a removed block where it stood and an added one where it is', () => {
    const diff = diffBlocks([t('a'), t('b'), t('c')], [t('x'), t('a'), t('c')], SCHEMA)
    expect(diff.blocks.map((c) => [c.blockId, c.kind])).toEqual([
      ['x', 'added'],
      ['a', 'unchanged'],
      ['b', 'removed'],
      ['c', 'unchanged'],
    ])
    expect(diff.counts).toEqual({ added: 1, removed: 1, moved: 0, changed: 0 })
    const removed = diff.blocks[2]
    expect(removed?.placeBefore).toEqual({ parentId: null, index: 1, previousId: 'a', nextId: 'c' })
    expect(removed?.place).toBeNull()
    expect(diff.blocks[0]?.place).toEqual({
      parentId: null,
      index: 0,
      previousId: null,
      nextId: 'a',
    })
  })

  it('puts a block removed from the start before everything', () => {
    expect(kinds([t('a'), t('b')], [t('b')])).toEqual([
      ['a', 'removed', false, 0],
      ['b', 'unchanged', false, 0],
    ])
  })

  it('lists changed fields, also of a block that moved', () => {
    const diff = diffBlocks([t('a'), t('b', 'Old')], [t('b', 'New'), t('a')], SCHEMA)
    const b = diff.blocks.find((c) => c.blockId === 'b')
    expect(b?.kind).toBe('changed')
    expect(b?.fields.map((f) => f.labels)).toEqual([['Heading']])
    expect(diff.counts).toEqual({ added: 0, removed: 0, moved: 1, changed: 1 })
  })

  it('sees a changed type as a change', () => {
    const diff = diffBlocks([t('a')], [{ id: 'a', type: 'group', value: { heading: 'a' } }])
    expect(diff.blocks[0]?.kind).toBe('changed')
    expect(diff.blocks[0]?.fields).toEqual([])
  })

  it('handles nesting: moves into and out of groups, removed groups with their blocks', () => {
    const before = [g('g1', [t('c1'), t('c2')]), t('a'), g('g2', [t('d1')])]
    const after = [g('g1', [t('c2')]), g('g3', [t('n1')]), t('a'), t('c1')]
    const diff = diffBlocks(before, after, SCHEMA)
    expect(diff.blocks.map((c) => [c.blockId, c.kind, c.moved, c.depth])).toEqual([
      ['g1', 'unchanged', false, 0],
      ['c2', 'unchanged', false, 1],
      ['g3', 'added', false, 0],
      ['n1', 'added', false, 1],
      ['a', 'unchanged', false, 0],
      ['g2', 'removed', false, 0],
      ['d1', 'removed', false, 1],
      ['c1', 'moved', true, 0],
    ])
    const c1 = diff.blocks.find((c) => c.blockId === 'c1')
    expect(c1?.placeBefore?.parentId).toBe('g1')
    expect(diff.counts).toEqual({ added: 2, removed: 2, moved: 1, changed: 0 })
  })

  it('keeps a block moved out of a removed group out of that group’s removed blocks', () => {
    const diff = diffBlocks([g('g', [t('x'), t('y')])], [t('y')], SCHEMA)
    expect(diff.blocks.map((c) => [c.blockId, c.kind, c.depth])).toEqual([
      ['g', 'removed', 0],
      ['x', 'removed', 1],
      ['y', 'moved', 0],
    ])
  })
})
