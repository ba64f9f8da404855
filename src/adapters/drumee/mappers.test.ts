import { describe, expect, it } from 'vitest'
import { rootOf, toBlocks, toKids, toLetc } from './mappers'

const stored = {
  kind: 'page',
  theme: 'light',
  kids: [
    { id: 'h', kind: 'heading', data: { text: 'Hi', level: 'h1' }, style: { color: 'red' } },
    {
      id: 's',
      kind: 'section',
      data: { title: 'S' },
      kids: [{ id: 'p', kind: 'paragraph', data: { text_html: '<p>x</p>' } }],
    },
    { kind: 'image', data: { src: '/a.jpg' } },
  ],
  id: 1,
  hashtag: 'home',
  device: 'desktop',
  lang: 'en',
  serial: 3,
}

describe('toBlocks', () => {
  it('maps nodes to blocks, kids to children, and names a node without an id by its path', () => {
    expect(toBlocks(stored.kids)).toEqual([
      { id: 'h', type: 'heading', value: { text: 'Hi', level: 'h1' } },
      {
        id: 's',
        type: 'section',
        value: { title: 'S' },
        children: [{ id: 'p', type: 'paragraph', value: { text_html: '<p>x</p>' } }],
      },
      { id: 'n-2', type: 'image', value: { src: '/a.jpg' } },
    ])
  })
})

describe('toLetc', () => {
  it('keeps the root fields and unknown node keys, drops the meta, writes the new order', () => {
    const blocks = toBlocks(stored.kids)
    const reordered = [blocks[1], blocks[0]].filter((b) => b !== undefined)
    expect(toLetc(stored, reordered)).toEqual({
      kind: 'page',
      theme: 'light',
      kids: [
        {
          id: 's',
          kind: 'section',
          data: { title: 'S' },
          kids: [{ id: 'p', kind: 'paragraph', data: { text_html: '<p>x</p>' } }],
        },
        { id: 'h', kind: 'heading', data: { text: 'Hi', level: 'h1' }, style: { color: 'red' } },
      ],
    })
  })

  it('round-trips: blocks → kids → blocks is the identity', () => {
    const blocks = toBlocks(stored.kids)
    expect(toBlocks(toKids(blocks))).toEqual(blocks)
    expect(rootOf(stored)).toEqual({ kind: 'page', theme: 'light' })
  })
})
