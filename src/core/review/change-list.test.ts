import { describe, expect, it } from 'vitest'
import type { Block, BlockTypeSchema } from '../types'
import { diffBlocks } from './block-diff'
import { describeChanges } from './change-list'

const SCHEMA: BlockTypeSchema[] = [
  {
    type: 'hero',
    label: 'Hero',
    fields: [
      { key: 'heading', type: 'text', label: 'Heading' },
      { key: 'subheading', type: 'text', label: 'Subheading' },
      { key: 'image', type: 'upload', label: 'Image' },
      { key: 'imageURL', type: 'text', label: 'Image URL' },
      {
        key: 'cta',
        type: 'group',
        label: 'Call to action',
        fields: [{ key: 'label', type: 'text', label: 'Label' }],
      },
    ],
  },
  {
    type: 'group',
    label: 'Group',
    fields: [{ key: 'title', type: 'text', label: 'Title' }],
    container: true,
  },
  { type: 'divider', label: 'Divider', fields: [] },
]

const hero = (id: string, heading: string, extra: Record<string, unknown> = {}): Block => ({
  id,
  type: 'hero',
  value: { heading, ...extra },
})
const group = (id: string, title: string, children: Block[]): Block => ({
  id,
  type: 'group',
  value: { title },
  children,
})

const texts = (before: Block[], after: Block[], pending?: [Block[], Block[]]) =>
  describeChanges(diffBlocks(before, after, SCHEMA), {
    schema: SCHEMA,
    ...(pending ? { pending: diffBlocks(pending[0], pending[1], SCHEMA) } : {}),
  }).map((line) => (line.pending ? `${line.text} (pending)` : line.text))

describe('describeChanges', () => {
  const h = hero('h', 'Hero')
  const i = hero('i', 'Intro')
  const o = hero('o', 'Outro')

  it('says where a block moved', () => {
    expect(texts([i, h, o], [h, i, o])).toEqual(['Moved “Hero” above “Intro”'])
    expect(texts([i, h, o], [h, o, i])).toEqual(['Moved “Intro” below “Outro”'])
  })

  it('anchors a move on a neighbour that stayed, not on one that is new or moved too', () => {
    const n = hero('n', 'New')
    expect(texts([h, i, o], [i, h, n, o])).toEqual([
      'Moved “Intro” above “Hero”',
      'Added “New” above “Outro”',
    ])
    expect(texts([h, i, o], [i, n, h, o])).toEqual([
      'Moved “Intro” above “Hero”',
      'Added “New” above “Hero”',
    ])
    expect(texts([h, i, o], [h, o, n, i])).toEqual([
      'Moved “Outro” above “Intro”',
      'Added “New” above “Intro”',
    ])
    expect(texts([h, i, o], [i, o, h])).toEqual(['Moved “Hero” below “Outro”'])
    expect(texts([h, i], [n, i, h])).toEqual([
      'Added “New” above “Intro”',
      'Moved “Intro” above “Hero”',
    ])
  })

  it('names the changed fields by their labels, in lower case but for capitals', () => {
    expect(texts([i], [hero('i', 'Intro', { subheading: 'New' })])).toEqual([
      'Changed the subheading of “Intro”',
    ])
    expect(
      texts([i], [hero('i', 'Intro', { subheading: 'a', imageURL: 'x', cta: { label: 'Go' } })]),
    ).toEqual(['Changed the subheading, image URL and call to action of “Intro”'])
    expect(
      texts(
        [i],
        [hero('i', 'Intro', { subheading: 'a', image: 'm', imageURL: 'x', cta: { label: 'b' } })],
      ),
    ).toEqual(['Changed 4 fields of “Intro”'])
  })

  it('names a block by its label after the change and also reports a change of type', () => {
    expect(texts([i], [hero('i', 'Welcome')])).toEqual(['Changed the heading of “Welcome”'])
    expect(texts([i], [{ id: 'i', type: 'divider', value: { heading: 'Intro' } }])).toEqual([
      'Changed the type of “Intro”',
    ])
  })

  it('says where a block was added and which was removed', () => {
    const d: Block = { id: 'd', type: 'divider', value: {} }
    expect(texts([i, o], [i, d, o])).toEqual(['Added “Divider” above “Outro”'])
    expect(texts([i], [i, d])).toEqual(['Added “Divider” below “Intro”'])
    expect(texts([], [d])).toEqual(['Added “Divider”'])
    expect(texts([i, o], [o])).toEqual(['Removed “Intro”'])
  })

  it('words nesting: added inside, moved into a group or out to the top level', () => {
    expect(texts([group('g', 'Box', [])], [group('g', 'Box', [i])])).toEqual([
      'Added “Intro” inside “Box”',
    ])
    expect(texts([i, group('g', 'Box', [o])], [group('g', 'Box', [i, o])])).toEqual([
      'Moved “Intro” into “Box”, above “Outro”',
    ])
    expect(texts([i, group('g', 'Box', [])], [group('g', 'Box', [i])])).toEqual([
      'Moved “Intro” into “Box”',
    ])
    expect(texts([group('g', 'Box', [i]), o], [group('g', 'Box', []), o, i])).toEqual([
      'Moved “Intro” to the top level, below “Outro”',
    ])
  })

  it('gives one line for a group added or removed with what it holds', () => {
    expect(texts([], [group('g', 'Box', [i, o])])).toEqual(['Added “Box”'])
    expect(texts([group('g', 'Box', [i, o])], [])).toEqual(['Removed “Box”'])
  })

  it('gives a moved and changed block two lines', () => {
    expect(texts([i, h], [hero('h', 'Hero!'), i])).toEqual([
      'Moved “Hero!” above “Intro”',
      'Changed the heading of “Hero!”',
    ])
  })

  it('marks the lines that unsaved edits account for as pending', () => {
    const published = [i, h, o]
    const saved = [h, i, o]
    const view = [h, hero('i', 'Intro', { subheading: 'Sub' }), hero('n', 'New')]
    expect(texts(published, view, [saved, view])).toEqual([
      'Moved “Hero” above “Intro”',
      'Removed “Outro” (pending)',
      'Changed the subheading of “Intro” (pending)',
      'Added “New” below “Intro” (pending)',
    ])
  })

  it('marks a change pending only when the unsaved edit touched the same field', () => {
    const published = [hero('i', 'Intro', { subheading: 'a' })]
    const saved = [hero('i', 'Intro', { subheading: 'b' })]
    const view = [hero('i', 'Intro', { subheading: 'b', image: 'm' })]
    expect(texts([hero('i', 'Intro')], saved, [saved, saved])).toEqual([
      'Changed the subheading of “Intro”',
    ])
    expect(texts(published, saved, [saved, view])).toEqual(['Changed the subheading of “Intro”'])
    expect(texts(published, view, [saved, view])).toEqual([
      'Changed the subheading and image of “Intro” (pending)',
    ])
    expect(
      texts(
        [i, h],
        [h, i],
        [
          [i, h],
          [h, i],
        ],
      ),
    ).toEqual(['Moved “Hero” above “Intro” (pending)'])
  })

  it('tells removed lines from lines with a block to open', () => {
    const lines = describeChanges(diffBlocks([i, o], [o, hero('n', 'New')], SCHEMA), {
      schema: SCHEMA,
    })
    expect(lines.map((l) => [l.id, l.kind, l.inDraft])).toEqual([
      ['i:removed', 'removed', false],
      ['n:added', 'added', true],
    ])
  })

  it('falls back to the type without a schema', () => {
    const lines = describeChanges(diffBlocks([], [{ id: 'x', type: 'spacer', value: {} }]))
    expect(lines.map((l) => l.text)).toEqual(['Added “spacer”'])
  })
})

describe('describeChanges on a long page', () => {
  it('words 10,000 new blocks and a reordered 10,000-block page', () => {
    const blocks = Array.from({ length: 10_000 }, (_, n) => hero(`b${n}`, `Block ${n}`))
    const added = describeChanges(diffBlocks([], blocks, SCHEMA), { schema: SCHEMA })
    expect(added).toHaveLength(10_000)
    expect(added[0]?.text).toBe('Added “Block 0” above “Block 1”')
    const last = blocks[9_999] as Block
    const moved = describeChanges(diffBlocks(blocks, [last, ...blocks.slice(0, -1)], SCHEMA), {
      schema: SCHEMA,
    })
    expect(moved.map((l) => l.text)).toEqual(['Moved “Block 9999” above “Block 0”'])
  })
})

describe('describeChanges quoting', () => {
  it('puts one pair of quotes around a label that is a quotation', () => {
    const quote = hero('q', '“The most adventurous stage on the coast — and the warmest welcome.”')
    const lines = describeChanges(
      diffBlocks([hero('a', 'Intro'), quote], [quote, hero('a', 'Intro')], SCHEMA),
      { schema: SCHEMA },
    )
    expect(lines.map((l) => l.text)).toEqual([
      'Moved “The most adventurous stage on the…” above “Intro”',
    ])
  })
})
