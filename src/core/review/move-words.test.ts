import { describe, expect, it } from 'vitest'
import type { Block } from '../types'
import { diffBlocks } from './block-diff'
import { describeMove, describeNeighbours } from './move-words'
import type { BlockChange } from './types'

const block = (id: string, children?: Block[]): Block => ({
  id,
  type: 'text',
  value: { text: id.toUpperCase() },
  ...(children ? { children } : {}),
})
const nameOf = (id: string | null | undefined) => `“${(id ?? '').toUpperCase()}”`
const changeOf = (changes: BlockChange[], id: string) => {
  const change = changes.find((c) => c.blockId === id)
  if (!change) throw new Error(`no change for ${id}`)
  return change
}

describe('describeMove', () => {
  it('says the positions before and after on the page', () => {
    const diff = diffBlocks(
      [block('a'), block('b'), block('c')],
      [block('c'), block('a'), block('b')],
    )
    const moved = changeOf(diff.blocks, 'c')
    expect(describeMove(moved, nameOf)).toBe('Moved from position 3 to 1')
    expect(describeNeighbours(moved.place, nameOf)).toBe('now above “A”')
    expect(describeMove(changeOf(diff.blocks, 'a'), nameOf)).toBeNull()
  })

  it('names the containers when a block changed container', () => {
    const diff = diffBlocks(
      [block('g', [block('x'), block('y')]), block('z')],
      [block('y'), block('g', [block('x')]), block('z')],
    )
    expect(describeMove(changeOf(diff.blocks, 'y'), nameOf)).toBe(
      'Moved from position 2 in “G” to position 1 on the page',
    )
  })

  it('names the container of a move inside one', () => {
    const diff = diffBlocks(
      [block('g', [block('x'), block('y')])],
      [block('g', [block('y'), block('x')])],
    )
    const moved = diff.blocks.filter((c) => c.moved)
    expect(moved).toHaveLength(1)
    expect(describeMove(moved[0] as BlockChange, nameOf)).toMatch(
      /^Moved from position [12] to [12] in “G”$/,
    )
  })

  it('says where a block sits now by its neighbours', () => {
    const diff = diffBlocks([block('a'), block('b')], [block('b'), block('a')])
    const last = diff.blocks[1] as BlockChange
    expect(describeNeighbours(last.place, nameOf)).toBe(
      `now below ${nameOf(diff.blocks[0]?.blockId ?? '')}`,
    )
    expect(describeNeighbours(null, nameOf)).toBeNull()
  })
})
