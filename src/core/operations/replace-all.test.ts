import { describe, expect, it } from 'vitest'
import { applyOperations } from '../apply-operations'
import { applied, failure, outline, sampleDoc } from '../testing/fixtures'

describe('replaceAll', () => {
  it('replaces the top level; old ids may be reused', () => {
    const next = applied(sampleDoc(), [
      {
        op: 'replaceAll',
        blocks: [
          { id: 'a', type: 'text' },
          { id: 'n', type: 'g', children: [{ id: 'm', type: 't' }] },
        ],
      },
      { op: 'append', parentId: 'm', block: { id: 'b', type: 'text' } },
    ])
    expect(outline(next)).toEqual(['a', ['n', [['m', ['b']]]]])
  })

  it('rejects ids repeated within the list, across blocks too', () => {
    const blocks = [
      { id: 'a', type: 't' },
      { id: 'b', type: 't', children: [{ id: 'a', type: 't' }] },
    ]
    expect(failure(sampleDoc(), [{ op: 'replaceAll', blocks }])).toMatchObject({
      reason: 'duplicate-id',
      blockId: 'a',
    })
  })

  it('assigns missing ids with generateId', () => {
    const result = applyOperations([], [{ op: 'replaceAll', blocks: [{ type: 't' }] }], {
      generateId: () => 'g',
    })
    expect(result).toMatchObject({
      ok: true,
      blocks: [{ id: 'g', type: 't', value: {} }],
      insertedIds: [undefined],
    })
  })
})
