import { describe, expect, it } from 'vitest'
import { IdMap } from './id-map'
import { TINES_BLOCK_TYPES } from './block-types'
import { planLocally } from './guards'
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
  it('sends a note with its element {content, note_type, color}, a group without one', () => {
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
      elements: [{ content: 'c', note_type: 'text', color: 'mint' }],
    })
    const html = { id: 'h', type: 'html', value: { title: 'H', content_html: '<p>x</p>' } }
    expect(createBody(html, 0, null)).toMatchObject({
      elements: [{ content: '<p>x</p>', note_type: 'html', color: 'white' }],
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

describe('the palette', () => {
  it('offers only the types whose create the documents describe', () => {
    const offered = TINES_BLOCK_TYPES.filter((t) => t.creatable !== false).map((t) => t.type)
    expect(offered).toEqual(['note', 'html', 'block_group'])
    expect(TINES_BLOCK_TYPES.map((t) => t.type)).toContain('file')
  })

  it('refuses to create a type whose create is not described, before anything is sent', () => {
    const file = { id: 'f', type: 'file', value: { title: 'F', hidden: false } }
    expect(() => planLocally([], [{ op: 'append', block: file }], TINES_BLOCK_TYPES)).toThrow(
      /does not describe how to create a file block/,
    )
  })
})
