import { describe, expect, it } from 'vitest'
import { createBlock, defaultFieldValue } from './create-block'
import type { BlockTypeSchema, FieldSchema } from '../types'

const field = (type: FieldSchema['type'], extra: Partial<FieldSchema> = {}): FieldSchema => ({
  key: 'f',
  type,
  label: 'F',
  ...extra,
})

describe('createBlock', () => {
  it('fills every field with the default of its type', () => {
    const schema: BlockTypeSchema = {
      type: 'hero',
      label: 'Hero',
      fields: [
        { key: 'heading', type: 'text', label: 'Heading' },
        { key: 'body', type: 'richText', label: 'Body' },
        { key: 'count', type: 'number', label: 'Count' },
        { key: 'shown', type: 'checkbox', label: 'Shown' },
        {
          key: 'align',
          type: 'select',
          label: 'Align',
          options: [{ value: 'left', label: 'Left' }],
        },
        { key: 'on', type: 'date', label: 'On' },
        { key: 'page', type: 'relationship', label: 'Page' },
        { key: 'images', type: 'upload', label: 'Images', hasMany: true },
        { key: 'raw', type: 'customObject', label: 'Raw' },
        { key: 'items', type: 'array', label: 'Items', fields: [] },
        {
          key: 'cta',
          type: 'group',
          label: 'CTA',
          fields: [
            { key: 'label', type: 'text', label: 'Label', defaultValue: 'Go' },
            { key: 'note', type: 'richText', label: 'Note' },
          ],
        },
      ],
    }
    expect(createBlock(schema, 'h1')).toEqual({
      id: 'h1',
      type: 'hero',
      value: {
        heading: '',
        body_html: '',
        count: null,
        shown: false,
        align: 'left',
        on: null,
        page: null,
        images: [],
        raw: {},
        items: [],
        cta: { label: 'Go', note_html: '' },
      },
    })
  })

  it('gives containers an empty children list and copies default values', () => {
    const defaultValue = { a: [1] }
    const schema: BlockTypeSchema = {
      type: 'section',
      label: 'Section',
      container: true,
      fields: [{ key: 'data', type: 'customObject', label: 'Data', defaultValue }],
    }
    const block = createBlock(schema, 's')
    expect(block).toEqual({ id: 's', type: 'section', value: { data: { a: [1] } }, children: [] })
    expect(block.value.data).not.toBe(defaultValue)
  })

  it('falls back to null for a select without options and uses number defaults', () => {
    expect(defaultFieldValue(field('select'))).toBeNull()
    expect(defaultFieldValue(field('number', { defaultValue: 3 }))).toBe(3)
    expect(defaultFieldValue(field('group'))).toEqual({})
  })
})
