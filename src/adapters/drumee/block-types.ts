// What the editor knows about a Drumee hub: one collection (its pages, i.e. hub blocks) and the
// node kinds of a content tree as block types. Drumee serves no field schema; these kinds are the
// reference hub's models (block.filter lists their names).
import type { BlockTypeSchema } from '../../core/types'
import { capabilitiesOf } from '../../core/backend-capabilities'
import type { Capabilities, CollectionInfo } from '../types'

export const DRUMEE_COLLECTION = 'pages'
export const DRUMEE_COLLECTIONS: readonly CollectionInfo[] = [
  { id: DRUMEE_COLLECTION, label: 'Hub pages' },
]

export const DRUMEE_CAPABILITIES: Capabilities = capabilitiesOf('drumee')

/** Heading first: the simplest block to create (the palette's and the contract's default). */
export const DRUMEE_BLOCK_TYPES: readonly BlockTypeSchema[] = [
  {
    type: 'heading',
    label: 'Heading',
    fields: [
      { key: 'text', type: 'text', label: 'Text', required: true, defaultValue: 'New heading' },
      {
        key: 'level',
        type: 'select',
        label: 'Level',
        options: [
          { value: 'h1', label: 'Title (h1)' },
          { value: 'h2', label: 'Section (h2)' },
          { value: 'h3', label: 'Subsection (h3)' },
        ],
      },
    ],
  },
  {
    type: 'paragraph',
    label: 'Paragraph',
    // Rich text travels as `<key>_html`, so a paragraph's value holds `text_html`.
    fields: [{ key: 'text', type: 'richText', label: 'Text' }],
  },
  {
    type: 'image',
    label: 'Image',
    fields: [
      { key: 'src', type: 'text', label: 'Image address' },
      { key: 'alt', type: 'text', label: 'Alternative text' },
    ],
  },
  {
    type: 'button',
    label: 'Button',
    fields: [
      { key: 'label', type: 'text', label: 'Label', required: true, defaultValue: 'New button' },
      { key: 'href', type: 'text', label: 'Link' },
    ],
  },
  {
    type: 'section',
    label: 'Section',
    container: true,
    fields: [{ key: 'title', type: 'text', label: 'Title' }],
  },
]
