// A small schema and document for component tests, and a real editor store built from them.
import type { Block, BlockTypeSchema, Operation } from '../../core'
import { createEditorStore } from '../../store'
import type { EditorStoreApi } from '../../store'

export const testSchema: BlockTypeSchema[] = [
  {
    type: 'hero',
    label: 'Hero',
    fields: [
      { key: 'heading', type: 'text', label: 'Heading', required: true },
      { key: 'body', type: 'richText', label: 'Body' },
      { key: 'count', type: 'number', label: 'Count' },
      {
        key: 'size',
        type: 'select',
        label: 'Size',
        options: [
          { value: 'small', label: 'Small' },
          { value: 'large', label: 'Large' },
        ],
      },
      { key: 'featured', type: 'checkbox', label: 'Featured' },
      { key: 'starts', type: 'date', label: 'Starts' },
      { key: 'meta', type: 'customObject', label: 'Meta' },
      {
        key: 'links',
        type: 'array',
        label: 'Links',
        fields: [
          { key: 'label', type: 'text', label: 'Link label', required: true },
          { key: 'url', type: 'text', label: 'URL' },
        ],
      },
      {
        key: 'cta',
        type: 'group',
        label: 'Call to action',
        fields: [{ key: 'text', type: 'text', label: 'Button text' }],
      },
      {
        key: 'related',
        type: 'relationship',
        label: 'Related pages',
        relationTo: 'pages',
        hasMany: true,
      },
    ],
  },
  { type: 'text', label: 'Text', fields: [{ key: 'body', type: 'richText', label: 'Body' }] },
  { type: 'quote', label: 'Pull quote', fields: [{ key: 'quote', type: 'text', label: 'Quote' }] },
]

export function testBlocks(): Block[] {
  return [
    {
      id: 'hero',
      type: 'hero',
      value: {
        heading: 'Spring season',
        body_html: '<p>Now on sale.</p>',
        count: 3,
        size: 'small',
        featured: false,
        starts: null,
        meta: {},
        links: [{ label: 'Tickets', url: '/tickets' }],
        cta: { text: 'Buy' },
        related: [],
      },
    },
    { id: 'text', type: 'text', value: { body_html: '<p>Intro paragraph</p>' } },
    { id: 'quote', type: 'quote', value: { quote: 'To be or not' } },
  ]
}

export function makeStore(blocks: Block[] = testBlocks()): EditorStoreApi {
  return createEditorStore({
    ref: { collection: 'pages', id: 'home' },
    schema: testSchema,
    document: { ref: { collection: 'pages', id: 'home' }, title: 'Home', blocks, version: 'v1' },
  })
}

/** Records every operation list dispatched to the store (the store itself merges pending ops). */
export function recordDispatches(store: EditorStoreApi): Operation[][] {
  const calls: Operation[][] = []
  const original = store.getState().dispatch
  store.setState({
    dispatch: (ops, label) => {
      calls.push(ops)
      return original(ops, label)
    },
  })
  return calls
}
