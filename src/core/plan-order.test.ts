import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Draft } from './draft'
import { inDocumentOrder, targetPositions } from './plan-order'
import { blk, sampleDoc } from './testing/fixtures'
import { allIds } from './tree'

/** Positions by a full lookup: what targetPositions must answer. */
function naive(current: string[], targets: string[]): number[] {
  return current.map((id) => targets.indexOf(id)).filter((at) => at !== -1)
}

describe('targetPositions', () => {
  it('agrees with a full lookup, whether or not the touched blocks are named', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(15), { maxLength: 12 }),
        fc.uniqueArray(fc.nat(15), { maxLength: 12 }),
        fc.boolean(),
        (left, right, named) => {
          const current = left.map(String)
          const targets = right.map(String)
          const moved = new Set([...current, ...targets])
          const touched = (id: string): boolean => named && moved.has(id)
          const blocks = (ids: string[]) => ids.map((id) => blk(id))
          expect(targetPositions(blocks(current), blocks(targets), touched)).toEqual(
            naive(current, targets),
          )
        },
      ),
      { numRuns: 200 },
    )
  })

  it('asks about blocks only where the lists disagree', () => {
    const touched = new Set(['x', 'y', 'gone'])
    const seen: string[] = []
    const current = ['a', 'x', 'b', 'gone', 'c'].map((id) => blk(id))
    const targets = ['y', 'a', 'b', 'c', 'x'].map((id) => blk(id))
    const order = targetPositions(current, targets, (id) => {
      seen.push(id)
      return touched.has(id)
    })
    expect(order).toEqual([1, 4, 2, 3])
    expect(seen).not.toContain('a')
  })
})

describe('inDocumentOrder', () => {
  it('sorts depth-first, parents before their children', () => {
    const draft = new Draft(sampleDoc())
    expect(inDocumentOrder(draft, ['b', 'c2', 'g1', 'a', 'c1'])).toEqual(allIds(sampleDoc()))
    expect(inDocumentOrder(draft, ['c2'])).toEqual(['c2'])
  })
})
