import { describe, expect, it } from 'vitest'
import type { BlockTypeSchema } from '../../core'
import { previewEntries, summarize } from './preview-entries'

const hero: BlockTypeSchema = {
  type: 'hero',
  label: 'Hero',
  fields: [
    { key: 'heading', type: 'text', label: 'Heading' },
    { key: 'body', type: 'richText', label: 'Body' },
    { key: 'links', type: 'array', label: 'Links', fields: [] },
    { key: 'image', type: 'upload', label: 'Image' },
    { key: 'flag', type: 'checkbox', label: 'Flag' },
  ],
}

describe('previewEntries', () => {
  it('shows the filled fields in schema order, up to four', () => {
    const entries = previewEntries(
      {
        id: 'h',
        type: 'hero',
        value: {
          heading: 'Spring',
          body_html: '<p>Now</p>',
          links: [{}, {}],
          image: 'img_1',
          flag: true,
        },
      },
      hero,
    )
    expect(entries.map((e) => [e.label, e.kind, e.text])).toEqual([
      ['Heading', 'text', 'Spring'],
      ['Body', 'html', '<p>Now</p>'],
      ['Links', 'text', '2 items'],
      ['Image', 'text', 'img_1'],
    ])
  })

  it('skips empty values, including empty rich text', () => {
    const entries = previewEntries(
      {
        id: 'h',
        type: 'hero',
        value: { heading: '', body_html: '<p></p>', links: [], flag: false },
      },
      hero,
    )
    expect(entries.map((e) => e.text)).toEqual(['No'])
  })

  it('falls back to raw strings for unknown types', () => {
    const entries = previewEntries({ id: 'x', type: 'mystery', value: { a: 'A', n: 3 } }, undefined)
    expect(entries).toEqual([{ key: 'a', label: 'a', kind: 'text', text: 'A' }])
  })
})

describe('summarize', () => {
  it('names select options and ambiguous references', () => {
    const select = {
      key: 's',
      type: 'select' as const,
      label: 'S',
      options: [{ value: 'l', label: 'Large' }],
    }
    expect(summarize(select, 'l')).toBe('Large')
    const rel = { key: 'r', type: 'relationship' as const, label: 'R', hasMany: true }
    expect(summarize(rel, ['a', { relationTo: 'events', value: 'e1' }])).toBe('a, events/e1')
    expect(summarize({ key: 'o', type: 'customObject', label: 'O' }, { a: 1, b: 2 })).toBe('2 keys')
  })
})
