import { describe, expect, it } from 'vitest'
import { applyOperations } from '../apply-operations'
import { applied, failure, outline, sampleDoc } from '../testing/fixtures'

describe('insertBefore / insertAfter', () => {
  it('inserts next to the target in the target’s container', () => {
    const doc = sampleDoc()
    const next = applied(doc, [
      { op: 'insertBefore', blockId: 'c1', block: { id: 'x', type: 'text' } },
      { op: 'insertAfter', blockId: 'b', block: { id: 'y', type: 'text', value: { t: 1 } } },
    ])
    expect(outline(next)).toEqual(['a', ['g1', ['x', 'c1', 'c2']], 'b', 'y'])
    expect(next[3]).toEqual({ id: 'y', type: 'text', value: { t: 1 } })
    expect(next[1]?.children?.[0]).toEqual({ id: 'x', type: 'text', value: {} })
  })

  it('reports the inserted id and assigns one with generateId', () => {
    let n = 0
    const result = applyOperations(
      sampleDoc(),
      [
        { op: 'insertAfter', blockId: 'a', block: { type: 'text', children: [{ type: 'text' }] } },
        { op: 'insertAfter', blockId: 'a', block: { id: 'mine', type: 'text' } },
      ],
      { generateId: () => `gen${(n += 1)}` },
    )
    expect(result).toMatchObject({ ok: true, insertedIds: ['gen1', 'mine'] })
    if (result.ok) expect(outline(result.blocks)[2]).toEqual(['gen1', ['gen2']])
  })

  it('fails without an id and without generateId', () => {
    expect(
      failure(sampleDoc(), [{ op: 'insertAfter', blockId: 'a', block: { type: 'text' } }]),
    ).toMatchObject({
      reason: 'invalid-operation',
      index: 0,
    })
  })

  it('rejects ids already in the document or repeated inside the inserted tree', () => {
    const doc = sampleDoc()
    expect(
      failure(doc, [{ op: 'insertAfter', blockId: 'a', block: { id: 'c2', type: 'text' } }]),
    ).toMatchObject({
      reason: 'duplicate-id',
      blockId: 'c2',
    })
    const repeated = {
      id: 'n',
      type: 'g',
      children: [
        { id: 'm', type: 't' },
        { id: 'm', type: 't' },
      ],
    }
    expect(failure(doc, [{ op: 'insertBefore', blockId: 'a', block: repeated }]).reason).toBe(
      'duplicate-id',
    )
    expect(
      failure(doc, [{ op: 'insertBefore', blockId: 'nope', block: { id: 'z', type: 't' } }]),
    ).toMatchObject({
      reason: 'missing-target',
      blockId: 'nope',
    })
  })

  it('checks inserted types and fields, children included, against the schema', () => {
    const schema = [
      { type: 'text', label: 'Text', fields: [{ key: 't', type: 'text' as const, label: 'T' }] },
    ]
    const nested = { id: 'n', type: 'text', children: [{ id: 'm', type: 'hero' }] }
    expect(
      applyOperations(sampleDoc(), [{ op: 'insertAfter', blockId: 'a', block: nested }], {
        schema,
      }),
    ).toMatchObject({
      ok: false,
      reason: 'unknown-block-type',
      blockId: 'm',
    })
  })
})
