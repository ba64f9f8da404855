import { describe, expect, it } from 'vitest'
import { applied, failure, sampleDoc } from '../testing/fixtures'
import type { BlockTypeSchema } from '../types'
import { applyOperations } from '../apply-operations'

describe('update', () => {
  it('merges the value shallowly and leaves other fields and blocks untouched', () => {
    const doc = sampleDoc()
    const next = applied(doc, [{ op: 'update', blockId: 'b', value: { title: 'New', extra: [1] } }])
    expect(next[2]).toEqual({
      id: 'b',
      type: 'text',
      value: { title: 'New', count: 2, extra: [1] },
    })
    expect(next[0]).toBe(doc[0])
    expect(next[1]).toBe(doc[1])
    expect(doc[2]?.value).toEqual({ title: 'B', count: 2 })
  })

  it('updates nested blocks, copying only the path to them', () => {
    const doc = sampleDoc()
    const next = applied(doc, [{ op: 'update', blockId: 'c2', value: { x: true } }])
    expect(next[1]?.children?.[1]?.value).toEqual({ x: true })
    expect(next[1]?.children?.[0]).toBe(doc[1]?.children?.[0])
    expect(next[1]).not.toBe(doc[1])
    expect(next[2]).toBe(doc[2])
  })

  it('fails on a missing block and on a value that is not an object', () => {
    expect(failure(sampleDoc(), [{ op: 'update', blockId: 'zz', value: {} }])).toMatchObject({
      reason: 'missing-target',
      blockId: 'zz',
      message: 'Operation 0 (update): block "zz" does not exist.',
    })
    expect(failure(sampleDoc(), [{ op: 'update', blockId: 'a', value: [1] }]).reason).toBe(
      'invalid-operation',
    )
  })

  it('checks field keys against the schema when one is given', () => {
    const schema: BlockTypeSchema[] = [
      { type: 'text', label: 'Text', fields: [{ key: 'body', type: 'richText', label: 'Body' }] },
    ]
    const ok = applyOperations(
      sampleDoc(),
      [{ op: 'update', blockId: 'a', value: { body_html: '<p/>' } }],
      { schema },
    )
    expect(ok.ok).toBe(true)
    const bad = applyOperations(sampleDoc(), [{ op: 'update', blockId: 'a', value: { nope: 1 } }], {
      schema,
    })
    expect(bad).toMatchObject({ ok: false, reason: 'unknown-field', blockId: 'a' })
    const unknownType = applyOperations(sampleDoc(), [{ op: 'update', blockId: 'g1', value: {} }], {
      schema,
    })
    expect(unknownType).toMatchObject({ ok: false, reason: 'unknown-block-type' })
  })
})
