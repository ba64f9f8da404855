import { describe, expect, it } from 'vitest'
import { applied, failure, outline, sampleDoc } from '../testing/fixtures'

describe('remove', () => {
  it('removes a block with its children, and their ids become free again', () => {
    const next = applied(sampleDoc(), [
      { op: 'remove', blockId: 'g1' },
      { op: 'append', block: { id: 'c1', type: 'text' } },
    ])
    expect(outline(next)).toEqual(['a', 'b', 'c1'])
  })

  it('keeps an empty children list when the last child goes', () => {
    const next = applied(sampleDoc(), [
      { op: 'remove', blockId: 'c1' },
      { op: 'remove', blockId: 'c2' },
    ])
    expect(next[1]).toEqual({ id: 'g1', type: 'group', value: { title: 'G' }, children: [] })
  })

  it('fails on a missing block', () => {
    expect(
      failure(sampleDoc(), [
        { op: 'remove', blockId: 'c1' },
        { op: 'remove', blockId: 'c1' },
      ]),
    ).toMatchObject({
      index: 1,
      reason: 'missing-target',
    })
  })
})
