import { describe, expect, it } from 'vitest'
import { applied, failure, outline, sampleDoc } from '../testing/fixtures'

describe('moveBefore / moveAfter', () => {
  it('moves within a container', () => {
    expect(
      outline(applied(sampleDoc(), [{ op: 'moveAfter', blockId: 'a', anchorId: 'b' }])),
    ).toEqual([['g1', ['c1', 'c2']], 'b', 'a'])
    expect(
      outline(applied(sampleDoc(), [{ op: 'moveBefore', blockId: 'c2', anchorId: 'c1' }])),
    ).toEqual(['a', ['g1', ['c2', 'c1']], 'b'])
  })

  it('moves into the anchor’s container, across containers, keeping the block’s children', () => {
    const next = applied(sampleDoc(), [
      { op: 'moveBefore', blockId: 'b', anchorId: 'c2' },
      { op: 'moveAfter', blockId: 'c1', anchorId: 'g1' },
    ])
    expect(outline(next)).toEqual(['a', ['g1', ['b', 'c2']], 'c1'])
    const later = applied(next, [{ op: 'update', blockId: 'b', value: { moved: true } }])
    expect(later[1]?.children?.[0]?.value).toEqual({ title: 'B', count: 2, moved: true })
  })

  it('refuses to move a block next to itself or inside itself', () => {
    expect(failure(sampleDoc(), [{ op: 'moveAfter', blockId: 'a', anchorId: 'a' }]).reason).toBe(
      'move-into-self',
    )
    expect(
      failure(sampleDoc(), [{ op: 'moveBefore', blockId: 'g1', anchorId: 'c2' }]),
    ).toMatchObject({
      reason: 'move-into-self',
      blockId: 'g1',
    })
  })

  it('fails on a missing block or anchor, naming the missing one', () => {
    expect(failure(sampleDoc(), [{ op: 'moveAfter', blockId: 'x', anchorId: 'a' }]).blockId).toBe(
      'x',
    )
    expect(failure(sampleDoc(), [{ op: 'moveAfter', blockId: 'a', anchorId: 'y' }])).toMatchObject({
      reason: 'missing-target',
      blockId: 'y',
      message: 'Operation 0 (moveAfter): block "y" does not exist.',
    })
  })
})
