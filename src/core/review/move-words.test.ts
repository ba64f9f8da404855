import { describe, expect, it } from 'vitest'
import type { Block } from '../types'
import { diffBlocks } from './block-diff'
import { describeMoves } from './move-words'

const block = (id: string, children?: Block[]): Block => ({
  id,
  type: 'text',
  value: { text: id.toUpperCase() },
  ...(children ? { children } : {}),
})
const nameOf = (id: string | null | undefined) => `“${(id ?? '').toUpperCase()}”`
const moves = (before: Block[], after: Block[]) =>
  Object.fromEntries(describeMoves(diffBlocks(before, after), nameOf))

describe('describeMoves', () => {
  it('names the block it sat next to and the one it sits next to now', () => {
    expect(
      moves([block('a'), block('b'), block('c')], [block('c'), block('a'), block('b')]),
    ).toEqual({ c: 'Moved from below “B” to above “A”' })
  })

  it('says "it" when the move only crossed one block', () => {
    expect(
      moves([block('a'), block('b'), block('c')], [block('a'), block('c'), block('b')]),
    ).toEqual({ c: 'Moved from below “B” to above it' })
  })

  it('is not thrown by blocks added above the move (positions would be)', () => {
    // Old position 3, new position 3: only the neighbours tell the move.
    expect(
      moves(
        [block('a'), block('b'), block('q'), block('e')],
        [block('a'), block('n'), block('q'), block('b'), block('e')],
      ),
    ).toEqual({ q: 'Moved from below “B” to above it' })
  })

  it('names both containers when a block changed container', () => {
    expect(
      moves(
        [block('g', [block('x'), block('y')]), block('z')],
        [block('y'), block('g', [block('x')]), block('z')],
      ),
    ).toEqual({ y: 'Moved from below “X” in “G” to above “G” on the page' })
  })

  it('names the container of a move inside one', () => {
    const said = moves(
      [block('g', [block('x'), block('y'), block('w')])],
      [block('g', [block('w'), block('x'), block('y')])],
    )
    expect(said).toEqual({ w: 'Moved from below “Y” to above “X” in “G”' })
  })

  it('tells a swap of two blocks by the one that stayed', () => {
    const said = Object.values(moves([block('a'), block('b')], [block('b'), block('a')]))
    expect(said).toHaveLength(1)
    expect(said[0]).toMatch(/^Moved from (below|above) “[AB]” to (below|above) it$/)
  })

  it('says nothing when nothing moved', () => {
    expect(moves([block('a')], [block('a'), block('b')])).toEqual({})
  })
})
