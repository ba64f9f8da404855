// Shared by the store's tests (not imported by app code): a small schema, a document and a
// store with a controllable clock and predictable ids.
import type { Block, BlockTypeSchema } from '../../core'
import { createEditorStore } from '../../store'
import type { EditorStoreApi } from '../../store'

export const testSchema: BlockTypeSchema[] = [
  {
    type: 'hero',
    label: 'Hero',
    fields: [
      { key: 'heading', type: 'text', label: 'Heading' },
      { key: 'body_html', type: 'richText', label: 'Body' },
    ],
  },
  { type: 'text', label: 'Text', fields: [{ key: 'body_html', type: 'richText', label: 'Body' }] },
]

export function testBlocks(count = 3): Block[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `b${i + 1}`,
    type: 'hero',
    value: { heading: `Heading ${i + 1}` },
  }))
}

export interface TestStore {
  store: EditorStoreApi
  clock: { now: number }
}

export function testStore(blocks: Block[] = testBlocks(), version = 'v1'): TestStore {
  const clock = { now: 1_000_000 }
  let next = 0
  const store = createEditorStore({
    ref: { collection: 'pages', id: 'p1' },
    schema: testSchema,
    document: { ref: { collection: 'pages', id: 'p1' }, title: 'Home', blocks, version },
    generateId: () => `new${++next}`,
    now: () => clock.now,
  })
  return { store, clock }
}

export function ids(blocks: readonly Block[]): string[] {
  return blocks.map((b) => b.id)
}
