import { describe, expect, it } from 'vitest'
import type { Block, Operation } from '../../core/types'
import { adoptByPlace, adoptLandedInsert } from './adopt'
import { IdMap } from './id-map'

const note = (id: string, title: string): Block => ({
  id,
  type: 'note',
  value: { title, hidden: false, color: 'white', content: '' },
})
const group = (id: string, title: string, children: Block[]): Block => ({
  id,
  type: 'block_group',
  value: { title, hidden: false },
  children,
})

const base = [note('1', 'A'), note('2', 'B')]
const insertAfterA = (id: string, title: string): Operation => ({
  op: 'insertAfter',
  blockId: '1',
  block: { id, type: 'note', value: note(id, title).value },
})

describe('adoptLandedInsert', () => {
  it('adopts the unknown block standing where the insert puts it', () => {
    const ids = new IdMap()
    const listing = [note('1', 'A'), note('9', 'New'), note('2', 'B')]
    const adopted = adoptLandedInsert(ids, listing, insertAfterA('x', 'New'), new Set(['1', '2']))
    expect(adopted?.map((b) => b.id)).toEqual(['1', 'x', '2'])
    expect(ids.server('x')).toBe('9')
    expect(ids.client('9')).toBe('x')
  })

  it('adopts a group with its children, pairing each child', () => {
    const ids = new IdMap()
    const listing = [note('1', 'A'), group('9', 'G', [note('10', 'c1')]), note('2', 'B')]
    const op: Operation = {
      op: 'insertAfter',
      blockId: '1',
      block: { ...group('g', 'G', [note('c', 'c1')]) },
    }
    expect(adoptLandedInsert(ids, listing, op, new Set(['1', '2']))).not.toBeNull()
    expect([ids.server('g'), ids.server('c')]).toEqual(['9', '10'])
  })

  it('leaves a block that differs, stands elsewhere, is known or is already mapped', () => {
    const known = new Set(['1', '2'])
    const other = [note('1', 'A'), note('9', 'Other'), note('2', 'B')]
    const elsewhere = [note('1', 'A'), note('2', 'B'), note('9', 'New')]
    const ids = new IdMap()
    expect(adoptLandedInsert(ids, other, insertAfterA('x', 'New'), known)).toBeNull()
    expect(adoptLandedInsert(ids, elsewhere, insertAfterA('x', 'New'), known)).toBeNull()
    const inBase = [note('1', 'A'), note('9', 'New'), note('2', 'B')]
    expect(
      adoptLandedInsert(ids, inBase, insertAfterA('x', 'New'), new Set(['1', '2', '9'])),
    ).toBeNull()
    ids.alias('y', '9')
    const mapped = [note('1', 'A'), note('y', 'New'), note('2', 'B')]
    expect(adoptLandedInsert(ids, mapped, insertAfterA('x', 'New'), known)).toBeNull()
    expect(adoptLandedInsert(ids, base, { op: 'remove', blockId: '2' }, known)).toBeNull()
    expect(ids.hasServer('x')).toBe(false)
  })
})

describe('adoptByPlace', () => {
  it('renames the blocks standing where the expected state has new ones', () => {
    const ids = new IdMap()
    const expected = [note('1', 'A'), group('g', 'G', [note('c', 'c1')]), note('2', 'B')]
    const current = [note('1', 'A'), group('9', 'G', [note('10', 'c1')]), note('2', 'B')]
    expect(adoptByPlace(ids, current, expected)).toEqual(expected)
    expect([ids.server('g'), ids.server('c')]).toEqual(['9', '10'])
  })

  it('adopts nothing unless the renamed listing equals the expected state exactly', () => {
    const ids = new IdMap()
    const expected = [note('1', 'A'), note('x', 'New'), note('2', 'B')]
    const extra = [note('1', 'A'), note('9', 'New'), note('2', 'B'), note('3', 'Theirs')]
    expect(adoptByPlace(ids, extra, expected)).toBe(extra)
    const otherTitle = [note('1', 'A'), note('9', 'Old'), note('2', 'B')]
    expect(adoptByPlace(ids, otherTitle, expected)).toBe(otherTitle)
    expect(ids.hasServer('x')).toBe(false)
  })
})
