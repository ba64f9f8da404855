import { describe, expect, it } from 'vitest'
import { applied, failure, outline, sampleDoc } from '../testing/fixtures'

describe('append / prepend', () => {
  it('adds at the end and the start of the top level', () => {
    const next = applied(sampleDoc(), [
      { op: 'append', block: { id: 'z', type: 'text' } },
      { op: 'prepend', block: { id: 'y', type: 'text' } },
    ])
    expect(outline(next)).toEqual(['y', 'a', ['g1', ['c1', 'c2']], 'b', 'z'])
  })

  it('adds inside a parent, creating its children list when absent', () => {
    const next = applied(sampleDoc(), [
      { op: 'append', parentId: 'g1', block: { id: 'z', type: 'text' } },
      { op: 'prepend', parentId: 'g1', block: { id: 'y', type: 'text' } },
      { op: 'append', parentId: 'b', block: { id: 'w', type: 'text' } },
    ])
    expect(outline(next)).toEqual(['a', ['g1', ['y', 'c1', 'c2', 'z']], ['b', ['w']]])
  })

  it('fails when the parent does not exist', () => {
    expect(
      failure(sampleDoc(), [{ op: 'append', parentId: 'nope', block: { id: 'z', type: 't' } }]),
    ).toMatchObject({
      reason: 'missing-target',
      blockId: 'nope',
      message: 'Operation 0 (append): block "nope" does not exist.',
    })
  })
})
