import { describe, expect, it } from 'vitest'
import { applyOperations } from './apply-operations'
import { applied, failure, sampleDoc } from './testing/fixtures'
import { deepFreeze } from './testing/arbitraries'
import type { Block, Operation } from './types'

describe('applyOperations', () => {
  it('applies operations in order, later ones seeing earlier ones', () => {
    const next = applied(sampleDoc(), [
      { op: 'append', parentId: 'g1', block: { id: 'n', type: 'text' } },
      { op: 'update', blockId: 'n', value: { title: 'new' } },
      { op: 'moveBefore', blockId: 'n', anchorId: 'a' },
    ])
    expect(next[0]).toEqual({ id: 'n', type: 'text', value: { title: 'new' } })
  })

  it('is all-or-nothing: a failing operation leaves no partial result', () => {
    const doc = deepFreeze(sampleDoc())
    const result = applyOperations(doc, [
      { op: 'remove', blockId: 'a' },
      { op: 'update', blockId: 'a', value: {} },
    ])
    expect(result).toEqual({
      ok: false,
      index: 1,
      reason: 'missing-target',
      blockId: 'a',
      message: 'Operation 1 (update): block "a" does not exist.',
    })
    expect(doc).toEqual(sampleDoc())
  })

  it('never mutates a frozen input and returns the same list for no operations', () => {
    const doc = deepFreeze(sampleDoc())
    const ops = deepFreeze<Operation[]>([
      { op: 'update', blockId: 'c1', value: { n: 2 } },
      { op: 'append', parentId: 'c1', block: { id: 'd', type: 't', value: { v: 1 } } },
      { op: 'moveAfter', blockId: 'c2', anchorId: 'b' },
      { op: 'remove', blockId: 'a' },
    ])
    expect(applied(doc, ops)).toHaveLength(3)
    expect(doc).toEqual(sampleDoc())
    expect(applied(doc, [])).toBe(doc)
  })

  it('names unknown operations and malformed ones', () => {
    expect(failure(sampleDoc(), [{ op: 'explode', blockId: 'a' }])).toMatchObject({
      reason: 'unknown-operation',
      blockId: 'a',
      message: 'Operation 0 (explode): "explode" is not an operation.',
    })
    expect(failure(sampleDoc(), [null]).reason).toBe('invalid-operation')
    expect(failure(sampleDoc(), [{ op: 'remove' }])).toMatchObject({
      reason: 'invalid-operation',
      message: 'Operation 0 (remove): "blockId" must be a non-empty string.',
    })
  })

  it('applies one keystroke to 10,000 blocks quickly, sharing untouched blocks', () => {
    const blocks: Block[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `b${i}`,
      type: 't',
      value: { i },
    }))
    const started = performance.now()
    let doc = blocks
    for (let k = 0; k < 100; k += 1)
      doc = applied(doc, [{ op: 'update', blockId: `b${k * 99}`, value: { k } }])
    const perKeystroke = (performance.now() - started) / 100
    expect(perKeystroke).toBeLessThan(5)
    expect(doc[1]).toBe(blocks[1])
    expect(doc[99]?.value).toEqual({ i: 99, k: 1 })
  })
})
