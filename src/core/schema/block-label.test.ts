import { clipAtWord } from './block-label'
import { describe, expect, it } from 'vitest'
import { blockLabel } from './block-label'
import type { BlockTypeSchema } from '../types'

const schema: BlockTypeSchema = {
  type: 'hero',
  label: 'Hero banner',
  fields: [
    { key: 'kicker', type: 'text', label: 'Kicker' },
    { key: 'body', type: 'richText', label: 'Body' },
    { key: 'count', type: 'number', label: 'Count' },
  ],
}

describe('blockLabel', () => {
  it('prefers a heading, then the first non-empty text field', () => {
    expect(
      blockLabel({ id: 'h', type: 'hero', value: { heading: ' Spring ', kicker: 'K' } }, schema),
    ).toBe('Spring')
    expect(
      blockLabel(
        {
          id: 'h',
          type: 'hero',
          value: { kicker: '', body_html: '<p>Now &amp; <b>on</b>&nbsp;sale</p>' },
        },
        schema,
      ),
    ).toBe('Now & on sale')
  })

  it("names a free-form state by the words it holds (Kragle's), else by its type", () => {
    const free: BlockTypeSchema = {
      type: 'image',
      label: 'image',
      fields: [{ key: 'state', type: 'customObject', label: 'State' }],
    }
    const label = (state: unknown) => blockLabel({ id: 'k', type: 'image', value: { state } }, free)
    expect(label({ src: 'https://x.test/fjord.jpg', alt: 'A fjord' })).toBe('A fjord')
    expect(label({ text: 'Welcome to Kragle', label: 'Go' })).toBe('Welcome to Kragle')
    expect(label({ count: 3 })).toBe('image')
    expect(label(['text'])).toBe('image')
    expect(label(null)).toBe('image')
  })

  it('trims long text to 40 characters', () => {
    const label = blockLabel({ id: 'h', type: 'hero', value: { kicker: 'x'.repeat(60) } }, schema)
    expect(label).toHaveLength(40)
    expect(label.endsWith('…')).toBe(true)
  })

  it('falls back to the schema label, then the type', () => {
    expect(blockLabel({ id: 'h', type: 'hero', value: { count: 3 } }, schema)).toBe('Hero banner')
    expect(blockLabel({ id: 'h', type: 'hero', value: { count: 3 } })).toBe('hero')
    expect(blockLabel({ id: 'h', type: 'quote', value: { text: 'Be bold' } })).toBe('Be bold')
  })
})

describe('clipAtWord', () => {
  it('cuts at the last word boundary and never inside a word', () => {
    expect(clipAtWord('Harbour Arts Centre opens its new foyer this spring', 30)).toBe(
      'Harbour Arts Centre opens its…',
    )
    expect(clipAtWord('Short', 30)).toBe('Short')
    // One very long word: cut where it must.
    expect(clipAtWord('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…')
  })
})
