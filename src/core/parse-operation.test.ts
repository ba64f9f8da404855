import { describe, expect, it } from 'vitest'
import { validateOperationShape } from './parse-operation'

describe('validateOperationShape', () => {
  it('returns a normalised copy of valid operations', () => {
    const input = {
      op: 'append',
      block: { type: 'hero', children: [{ id: 'c', type: 't' }] },
      extra: 1,
    }
    expect(validateOperationShape(input)).toEqual({
      op: 'append',
      block: { type: 'hero', value: {}, children: [{ id: 'c', type: 't', value: {} }] },
    })
    expect(validateOperationShape({ op: 'prepend', parentId: null, block: { type: 't' } })).toEqual(
      {
        op: 'prepend',
        block: { type: 't', value: {} },
      },
    )
    expect(validateOperationShape({ op: 'moveAfter', blockId: 'a', anchorId: 'b' })).toEqual({
      op: 'moveAfter',
      blockId: 'a',
      anchorId: 'b',
    })
    expect(validateOperationShape({ op: 'replaceAll', blocks: [] })).toEqual({
      op: 'replaceAll',
      blocks: [],
    })
    expect(validateOperationShape({ op: 'remove', blockId: 'a' })).toEqual({
      op: 'remove',
      blockId: 'a',
    })
  })

  it.each([
    ['not an object', 'x', 'Invalid operation: it is not an object.'],
    ['no name', { blockId: 'a' }, 'Invalid operation: it has no "op" name.'],
    ['unknown name', { op: 'zap' }, 'Invalid operation: "zap" is not an operation.'],
    [
      'update without value',
      { op: 'update', blockId: 'a' },
      'Invalid update operation: "value" must be an object.',
    ],
    [
      'update without id',
      { op: 'update', value: {} },
      'Invalid update operation: "blockId" must be a non-empty string.',
    ],
    [
      'insert without id',
      { op: 'insertAfter', block: { type: 't' } },
      'Invalid insertAfter operation: "blockId" must be a non-empty string.',
    ],
    [
      'insert without block',
      { op: 'insertBefore', blockId: 'a' },
      'Invalid insertBefore operation: block is not an object.',
    ],
    [
      'block without type',
      { op: 'append', block: { id: 'x' } },
      'Invalid append operation: block has no type.',
    ],
    [
      'block with bad id',
      { op: 'append', block: { id: 3, type: 't' } },
      'Invalid append operation: block has an id that is not a non-empty string.',
    ],
    [
      'block with bad value',
      { op: 'append', block: { type: 't', value: 'v' } },
      'Invalid append operation: block has a value that is not an object.',
    ],
    [
      'bad children',
      { op: 'append', block: { type: 't', children: {} } },
      'Invalid append operation: block has children that are not a list.',
    ],
    [
      'bad child',
      { op: 'append', block: { type: 't', children: [{}] } },
      'Invalid append operation: block.children[0] has no type.',
    ],
    [
      'bad parentId',
      { op: 'append', parentId: '', block: { type: 't' } },
      'Invalid append operation: "parentId" must be a non-empty string when given.',
    ],
    [
      'move without anchor',
      { op: 'moveBefore', blockId: 'a' },
      'Invalid moveBefore operation: "anchorId" must be a non-empty string.',
    ],
    [
      'remove with empty id',
      { op: 'remove', blockId: '' },
      'Invalid remove operation: "blockId" must be a non-empty string.',
    ],
    [
      'replaceAll without list',
      { op: 'replaceAll', blocks: {} },
      'Invalid replaceAll operation: "blocks" must be a list.',
    ],
    [
      'replaceAll with bad block',
      { op: 'replaceAll', blocks: [1] },
      'Invalid replaceAll operation: blocks[0] is not an object.',
    ],
  ])('explains %s', (_name, input, message) => {
    expect(validateOperationShape(input)).toBe(message)
  })
})
