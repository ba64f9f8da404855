import { describe, expect, it } from 'vitest'
import { invert } from './invert'
import { applied, sampleDoc } from './testing/fixtures'
import type { Operation } from './types'

function roundTrip(ops: Operation[]): Operation[] {
  const doc = sampleDoc()
  const inverse = invert(doc, ops)
  expect(applied(applied(doc, ops), inverse)).toEqual(sampleDoc())
  return inverse
}

describe('invert', () => {
  it('undoes an update with the old values when every key existed', () => {
    expect(roundTrip([{ op: 'update', blockId: 'b', value: { title: 'X' } }])).toEqual([
      { op: 'update', blockId: 'b', value: { title: 'B' } },
    ])
  })

  it('undoes an update that added a key by putting the old block back in place', () => {
    expect(roundTrip([{ op: 'update', blockId: 'c1', value: { fresh: 1 } }])).toEqual([
      { op: 'remove', blockId: 'c1' },
      { op: 'insertBefore', blockId: 'c2', block: { id: 'c1', type: 'text', value: { n: 1 } } },
    ])
    roundTrip([{ op: 'update', blockId: 'g1', value: { fresh: 1 } }])
    roundTrip([
      { op: 'remove', blockId: 'c2' },
      { op: 'update', blockId: 'c1', value: { fresh: 1 } },
    ])
  })

  it('undoes inserts with removes', () => {
    expect(
      roundTrip([
        { op: 'insertAfter', blockId: 'a', block: { id: 'x', type: 't' } },
        { op: 'prepend', parentId: 'g1', block: { id: 'y', type: 't' } },
        { op: 'append', block: { id: 'z', type: 't' } },
      ]),
    ).toEqual([
      { op: 'remove', blockId: 'z' },
      { op: 'remove', blockId: 'y' },
      { op: 'remove', blockId: 'x' },
    ])
  })

  it('undoes an append into a block without children by restoring that block', () => {
    const inverse = roundTrip([{ op: 'append', parentId: 'b', block: { id: 'x', type: 't' } }])
    expect(inverse[0]).toEqual({ op: 'remove', blockId: 'b' })
  })

  it('undoes removes by re-inserting next to a neighbour or into the container', () => {
    expect(roundTrip([{ op: 'remove', blockId: 'g1' }])).toEqual([
      { op: 'insertAfter', blockId: 'a', block: sampleDoc()[1] },
    ])
    expect(roundTrip([{ op: 'remove', blockId: 'a' }])[0]).toMatchObject({
      op: 'insertBefore',
      blockId: 'g1',
    })
    expect(
      roundTrip([
        { op: 'remove', blockId: 'c1' },
        { op: 'remove', blockId: 'c2' },
      ]),
    ).toEqual([
      { op: 'append', parentId: 'g1', block: { id: 'c2', type: 'text', value: {} } },
      { op: 'insertBefore', blockId: 'c2', block: { id: 'c1', type: 'text', value: { n: 1 } } },
    ])
    roundTrip([
      { op: 'remove', blockId: 'a' },
      { op: 'remove', blockId: 'g1' },
      { op: 'remove', blockId: 'b' },
    ])
  })

  it('undoes moves next to the old neighbour, or by remove and append when it was alone', () => {
    expect(roundTrip([{ op: 'moveAfter', blockId: 'a', anchorId: 'b' }])).toEqual([
      { op: 'moveBefore', blockId: 'a', anchorId: 'g1' },
    ])
    expect(roundTrip([{ op: 'moveAfter', blockId: 'c2', anchorId: 'b' }])).toEqual([
      { op: 'moveAfter', blockId: 'c2', anchorId: 'c1' },
    ])
    const inverse = roundTrip([
      { op: 'remove', blockId: 'c2' },
      { op: 'moveAfter', blockId: 'c1', anchorId: 'b' },
    ])
    expect(inverse.slice(0, 2)).toEqual([
      { op: 'remove', blockId: 'c1' },
      { op: 'append', parentId: 'g1', block: { id: 'c1', type: 'text', value: { n: 1 } } },
    ])
  })

  it('undoes replaceAll with the old list', () => {
    expect(roundTrip([{ op: 'replaceAll', blocks: [{ id: 'q', type: 't' }] }])).toEqual([
      { op: 'replaceAll', blocks: sampleDoc() },
    ])
  })

  it('throws on inserts without ids and on operations that do not apply', () => {
    expect(() => invert(sampleDoc(), [{ op: 'append', block: { type: 't' } }])).toThrow(/has no id/)
    expect(() => invert(sampleDoc(), [{ op: 'remove', blockId: 'nope' }])).toThrow(
      /operation 0 does not apply/,
    )
  })
})
