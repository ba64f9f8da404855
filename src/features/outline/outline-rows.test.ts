import { describe, expect, it } from 'vitest'
import type { Block } from '../../core/types'
import { ancestorIds, outlineRows } from './outline-rows'

const leaf = (id: string, type = 'text'): Block => ({ id, type, value: { title: id } })
const blocks: Block[] = [
  leaf('intro'),
  { id: 'cols', type: 'columns', value: {}, children: [leaf('left'), leaf('right', 'image')] },
  leaf('outro'),
]
const base = {
  collapsed: new Set<string>(),
  filter: '',
  isContainer: (b: Block) => b.children !== undefined,
  searchText: (b: Block) => `${b.id} ${b.type}`,
}
const summary = (rows: ReturnType<typeof outlineRows>) =>
  rows.map((r) => [r.block.id, r.level, r.posInSet, r.setSize, r.expanded])

describe('outlineRows', () => {
  it('returns the previous rows when nothing drawn changed, and reuses the rows that did not', () => {
    const first = outlineRows(blocks, base)
    expect(outlineRows([...blocks], base, first)).toBe(first)

    const edited: Block = { ...leaf('outro'), value: { title: 'Outro, edited' } }
    const next = outlineRows([blocks[0]!, blocks[1]!, edited], base, first)
    expect(next).not.toBe(first)
    expect(next.slice(0, 4)).toEqual(first.slice(0, 4))
    next.slice(0, 4).forEach((row, i) => expect(row).toBe(first[i]))
    expect(next[4]?.block).toBe(edited)

    // Collapsing changes the rows' shape: nothing stale is reused.
    const collapsed = outlineRows(blocks, { ...base, collapsed: new Set(['cols']) }, first)
    expect(summary(collapsed)).toEqual([
      ['intro', 1, 1, 3, undefined],
      ['cols', 1, 2, 3, false],
      ['outro', 1, 3, 3, undefined],
    ])
  })

  it('flattens nested containers with levels, positions and expanded state', () => {
    expect(summary(outlineRows(blocks, base))).toEqual([
      ['intro', 1, 1, 3, undefined],
      ['cols', 1, 2, 3, true],
      ['left', 2, 1, 2, undefined],
      ['right', 2, 2, 2, undefined],
      ['outro', 1, 3, 3, undefined],
    ])
  })

  it('hides the children of a collapsed container', () => {
    const rows = outlineRows(blocks, { ...base, collapsed: new Set(['cols']) })
    expect(summary(rows)).toEqual([
      ['intro', 1, 1, 3, undefined],
      ['cols', 1, 2, 3, false],
      ['outro', 1, 3, 3, undefined],
    ])
  })

  it('filters by type or text, keeping the containers that lead to a match open', () => {
    const rows = outlineRows(blocks, { ...base, collapsed: new Set(['cols']), filter: ' IMAGE ' })
    expect(summary(rows)).toEqual([
      ['cols', 1, 1, 1, true],
      ['right', 2, 1, 1, undefined],
    ])
    expect(outlineRows(blocks, { ...base, filter: 'nothing like this' })).toEqual([])
  })

  it('finds the containers above a block', () => {
    expect(ancestorIds(blocks, 'right')).toEqual(['cols'])
    expect(ancestorIds(blocks, 'outro')).toEqual([])
    expect(ancestorIds(blocks, 'missing')).toBeNull()
  })
})
