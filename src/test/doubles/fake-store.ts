// For the sync layer's unit tests (not used by the app): a fake adapter serving the store tests'
// three blocks as pages/p1, and an editor store opened on that record at version v1.
import { createEditorStore } from '../../store'
import type { EditorStoreApi } from '../../store'
import { testBlocks, testSchema } from './store-fixtures'
import { createFakeAdapter } from './fake-adapter'
import type { FakeAdapter } from './fake-adapter'

export function fakeAdapterWithStore(): { adapter: FakeAdapter; store: EditorStoreApi } {
  const adapter = createFakeAdapter(testBlocks(), testSchema)
  let next = 0
  const store = createEditorStore({
    ref: { collection: 'pages', id: 'p1' },
    schema: testSchema,
    document: {
      ref: { collection: 'pages', id: 'p1' },
      title: 'Home',
      blocks: adapter.blocks,
      version: 'v1',
    },
    // Predictable ids for new blocks: n1, n2, …
    generateId: () => `n${++next}`,
  })
  return { adapter, store }
}
