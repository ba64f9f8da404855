import { describe, expect, it } from 'vitest'
import { IdMap } from './id-map'
import { createBody, toTree } from './mappers'
import type { TinesBlock } from './schemas'

const block = (over: Partial<TinesBlock> & Pick<TinesBlock, 'id' | 'block_type'>): TinesBlock => ({
  title: `B${over.id}`,
  position: 0,
  hidden: false,
  block_group_id: null,
  elements: [],
  ...over,
})

describe('toTree', () => {
  it('nests group children by position and maps note elements to values', () => {
    const ids = new IdMap()
    ids.alias('client-7', '7')
    const tree = toTree(
      [
        block({ id: 9, block_type: 'note', position: 1, block_group_id: 5 }),
        block({ id: 5, block_type: 'block_group', position: 1 }),
        block({
          id: 7,
          block_type: 'html',
          position: 0,
          hidden: true,
          elements: [{ element_id: 70, element_type: 'note', content: '<p>x</p>', color: 'red' }],
        }),
        block({ id: 8, block_type: 'metadata', position: 0, block_group_id: 5 }),
      ],
      ids,
    )
    expect(tree).toEqual([
      {
        id: 'client-7',
        type: 'html',
        value: { title: 'B7', hidden: true, color: 'red', content_html: '<p>x</p>' },
      },
      {
        id: '5',
        type: 'block_group',
        value: { title: 'B5', hidden: false },
        children: [
          { id: '8', type: 'metadata', value: { title: 'B8', hidden: false } },
          {
            id: '9',
            type: 'note',
            value: { title: 'B9', hidden: false, color: 'white', content: '' },
          },
        ],
      },
    ])
    expect(ids.element('client-7')).toBe(70)
  })
})

describe('createBody', () => {
  it('sends a text note with its element, a group without one', () => {
    const note = {
      id: 'n',
      type: 'note',
      value: { title: 'T', hidden: true, color: 'mint', content: 'c' },
    }
    expect(createBody(note, 2, '5')).toEqual({
      title: 'T',
      block_type: 'note',
      position: 2,
      hidden: true,
      block_group_id: 5,
      elements: [{ content: 'c', color: 'mint' }],
    })
    const group = {
      id: 'g',
      type: 'block_group',
      value: { title: 'G', hidden: false },
      children: [],
    }
    expect(createBody(group, 0, null)).toEqual({
      title: 'G',
      block_type: 'block_group',
      position: 0,
      hidden: false,
    })
  })
})
