import { describe, expect, it } from 'vitest'
import type { BlockTypeSchema } from '../../core/types'
import { filterBlockTypes, moveHighlight } from './filter-block-types'

const types: BlockTypeSchema[] = [
  { type: 'rich-text', label: 'Rich text', fields: [] },
  { type: 'hero', label: 'Hero', fields: [] },
  { type: 'image', label: 'Hero image', fields: [] },
  { type: 'quote', label: 'Pull quote', fields: [] },
]

const labels = (list: BlockTypeSchema[]): string[] => list.map((t) => t.label)

describe('filterBlockTypes', () => {
  it('returns every type for an empty query', () => {
    expect(labels(filterBlockTypes(types, '  '))).toEqual(labels(types))
  })

  it('matches every word, case-insensitively, in the label or the type name', () => {
    expect(labels(filterBlockTypes(types, 'HER im'))).toEqual(['Hero image'])
    expect(labels(filterBlockTypes(types, 'rich-'))).toEqual(['Rich text'])
    expect(labels(filterBlockTypes(types, 'zzz'))).toEqual([])
  })

  it('lists label-prefix matches first', () => {
    expect(labels(filterBlockTypes(types, 'quote'))).toEqual(['Pull quote'])
    expect(labels(filterBlockTypes(types, 'e'))).toEqual([
      'Rich text',
      'Hero',
      'Hero image',
      'Pull quote',
    ])
    expect(labels(filterBlockTypes(types, 'h'))).toEqual(['Hero', 'Hero image', 'Rich text'])
  })
})

describe('filterBlockTypes by what a type holds', () => {
  const held: BlockTypeSchema[] = [
    { type: 'heading', label: 'Heading', fields: [{ key: 'text', type: 'text', label: 'Text' }] },
    {
      type: 'hero',
      label: 'Hero',
      fields: [{ key: 'image', type: 'upload', label: 'Image', relationTo: 'media' }],
    },
    {
      type: 'gallery',
      label: 'Gallery',
      fields: [
        {
          key: 'images',
          type: 'array',
          label: 'Images',
          fields: [{ key: 'image', type: 'upload', label: 'Picture', relationTo: 'media' }],
        },
      ],
    },
    {
      type: 'quote',
      label: 'Quote',
      fields: [{ key: 'author', type: 'relationship', label: 'Author', relationTo: 'people' }],
    },
  ]

  it('finds the types with an upload for "image", "media" and "photo"', () => {
    expect(labels(filterBlockTypes(held, 'image'))).toEqual(['Hero', 'Gallery'])
    expect(labels(filterBlockTypes(held, 'media'))).toEqual(['Hero', 'Gallery'])
    expect(labels(filterBlockTypes(held, 'photo'))).toEqual(['Hero', 'Gallery'])
  })

  it('finds a type by a field label, and ranks name matches before what types hold', () => {
    expect(labels(filterBlockTypes(held, 'author'))).toEqual(['Quote'])
    expect(labels(filterBlockTypes(held, 'link'))).toEqual(['Quote'])
    expect(labels(filterBlockTypes(held, 'text'))).toEqual(['Heading'])
  })
})

describe('moveHighlight', () => {
  it('wraps around and starts from either end', () => {
    expect(moveHighlight(-1, 1, 3)).toBe(0)
    expect(moveHighlight(-1, -1, 3)).toBe(2)
    expect(moveHighlight(2, 1, 3)).toBe(0)
    expect(moveHighlight(0, -1, 3)).toBe(2)
    expect(moveHighlight(0, 1, 0)).toBe(-1)
  })
})
