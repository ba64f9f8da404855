import { describe, expect, it } from 'vitest'
import { applyOperations } from '../../core'
import type { Block, Operation } from '../../core'
import { RAW_KIND, rootOf, toBlocks, toKids, toLetc } from './mappers'

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
  meta: { id: 1, hashtag: 'home', device: 'desktop', lang: 'en', serial: 3 },
}

/** Nodes as Drumee's own editor writes them: no `data`, no `id`, keys of their own. */
const drumeeNative = {
  kind: 'box',
  flow: 'page',
  styleOpt: { width: '100%' },
  kids: [
    { kind: 'note', flow: 'v', content: 'Hello <b>hub</b>', styleOpt: { padding: '10px' } },
    {
      kind: 'box',
      flow: 'h',
      userAttributes: { 'data-justify': 'center' },
      kids: [{ kind: 'image', sys_pn: 'logo', src: '/logo.png', id: 7 }],
    },
    'a text kid',
    null,
  ],
}

const apply = (blocks: Block[], ops: Operation[]): Block[] => {
  const result = applyOperations(blocks, ops)
  if (!result.ok) throw new Error(result.message)
  return result.blocks
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

  it('never gives two blocks one id when a path id is taken by a node', () => {
    const ids = toBlocks([{ id: 'n-1', kind: 'x' }, { kind: 'y' }]).map((b) => b.id)
    expect(ids).toEqual(['n-1', 'n-1~2'])
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

  it('writes an untouched Drumee tree back key for key, adding only ids to id-less nodes', () => {
    const blocks = toBlocks(drumeeNative.kids)
    const letc = toLetc(drumeeNative, blocks)
    const [note, box, text, nothing] = letc.kids as Record<string, unknown>[]
    expect(note).toEqual({ ...(drumeeNative.kids[0] as object), id: 'n-0' })
    expect(box).toEqual({
      ...(drumeeNative.kids[1] as object),
      id: 'n-1',
      kids: [{ kind: 'image', sys_pn: 'logo', src: '/logo.png', id: 7 }],
    })
    expect([text, nothing]).toEqual(['a text kid', null])
    expect(blocks.map((b) => b.type)).toEqual(['note', 'box', RAW_KIND, RAW_KIND])
    // Stored once with its ids, the tree reads back to the same blocks.
    expect(toBlocks(letc.kids as unknown[])).toEqual(blocks)
  })

  it('changes only what an edit changed: data of the edited node, the order of the moved one', () => {
    const blocks = toBlocks(drumeeNative.kids)
    const edited = apply(blocks, [
      { op: 'update', blockId: 'n-0', value: { text: 'New' } },
      { op: 'moveBefore', blockId: 'n-1', anchorId: 'n-0' },
    ])
    const kids = toLetc(drumeeNative, edited).kids as Record<string, unknown>[]
    expect(kids[0]).toEqual({ ...(drumeeNative.kids[1] as object), id: 'n-1' })
    expect(kids[1]).toEqual({
      ...(drumeeNative.kids[0] as object),
      id: 'n-0',
      data: { text: 'New' },
    })
  })

  it('round-trips: blocks → kids → blocks is the identity', () => {
    const blocks = toBlocks(stored.kids)
    expect(toBlocks(toKids(blocks))).toEqual(blocks)
    expect(rootOf(stored)).toEqual({ kind: 'page', theme: 'light' })
  })
})
