// The demo tenant's block library: between them the types use every field type Basker has.
import type { BlockTypeSchema } from '../../../../core/types'

export const DEMO_BLOCK_TYPES: BlockTypeSchema[] = [
  {
    type: 'hero',
    label: 'Hero',
    fields: [
      { key: 'heading', type: 'text', label: 'Heading', required: true, defaultValue: '' },
      { key: 'subheading', type: 'text', label: 'Subheading' },
      { key: 'image', type: 'upload', label: 'Image', relationTo: 'media' },
      {
        key: 'cta',
        type: 'group',
        label: 'Call to action',
        fields: [
          { key: 'label', type: 'text', label: 'Label' },
          { key: 'link', type: 'relationship', label: 'Link', relationTo: 'pages' },
        ],
      },
    ],
  },
  {
    type: 'rich-text',
    label: 'Rich text',
    fields: [{ key: 'body', type: 'richText', label: 'Body' }],
  },
  {
    type: 'heading',
    label: 'Heading',
    fields: [
      { key: 'text', type: 'text', label: 'Text', required: true, defaultValue: '' },
      {
        key: 'level',
        type: 'select',
        label: 'Level',
        options: [
          { value: 'h2', label: 'Heading 2' },
          { value: 'h3', label: 'Heading 3' },
          { value: 'h4', label: 'Heading 4' },
        ],
        defaultValue: 'h2',
      },
    ],
  },
  {
    type: 'event-list',
    label: 'Event list',
    fields: [
      { key: 'title', type: 'text', label: 'Title' },
      { key: 'events', type: 'relationship', label: 'Events', relationTo: 'events', hasMany: true },
      { key: 'limit', type: 'number', label: 'Limit', defaultValue: 3 },
      { key: 'showPast', type: 'checkbox', label: 'Show past events', defaultValue: false },
    ],
  },
  {
    type: 'quote',
    label: 'Quote',
    fields: [
      { key: 'quote', type: 'richText', label: 'Quote' },
      { key: 'author', type: 'relationship', label: 'Author', relationTo: 'people' },
    ],
  },
  {
    type: 'gallery',
    label: 'Gallery',
    fields: [
      {
        key: 'images',
        type: 'array',
        label: 'Images',
        fields: [
          { key: 'image', type: 'upload', label: 'Image', relationTo: 'media' },
          { key: 'caption', type: 'text', label: 'Caption' },
        ],
      },
    ],
  },
  {
    type: 'countdown',
    label: 'Countdown',
    fields: [
      { key: 'date', type: 'date', label: 'Date' },
      { key: 'label', type: 'text', label: 'Label' },
    ],
  },
  {
    type: 'embed',
    label: 'Embed',
    fields: [{ key: 'config', type: 'customObject', label: 'Embed configuration' }],
  },
  {
    type: 'stats',
    label: 'Stats',
    fields: [
      {
        key: 'items',
        type: 'array',
        label: 'Items',
        fields: [
          { key: 'label', type: 'text', label: 'Label' },
          { key: 'value', type: 'number', label: 'Value' },
        ],
      },
    ],
  },
  {
    type: 'call-to-action',
    label: 'Call to action',
    fields: [
      { key: 'heading', type: 'text', label: 'Heading', required: true, defaultValue: '' },
      { key: 'body', type: 'richText', label: 'Body' },
      { key: 'buttonLabel', type: 'text', label: 'Button label' },
      // Could point at a page or an event: the value is {relationTo, value}, as Basker documents.
      { key: 'target', type: 'relationship', label: 'Target', relationTo: ['pages', 'events'] },
      {
        key: 'style',
        type: 'select',
        label: 'Style',
        options: [
          { value: 'primary', label: 'Primary' },
          { value: 'secondary', label: 'Secondary' },
        ],
        defaultValue: 'primary',
      },
    ],
  },
]
