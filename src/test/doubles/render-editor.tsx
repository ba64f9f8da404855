// Renders editor components with the contexts the editor screen provides, around a real store.
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { BackendAdapter } from '../../adapters/types'
import { EditorStoreProvider } from '../../store'
import type { EditorStoreApi } from '../../store'
import { AdapterProvider } from '../../sync'
import { createBlockCommands } from '../../features/editor/block-commands'
import { BlockCommandsContext } from '../../features/editor/commands-context'
import { createEditorUi, EditorUiContext } from '../../features/editor/editor-ui'
import { makeStore } from './editor-fixture'

const fakeAdapter: BackendAdapter = {
  id: 'basker' as BackendAdapter['id'],
  capabilities: {
    nesting: false,
    drafts: true,
    publish: false,
    history: false,
    devices: [],
    locales: [],
    themeSettings: false,
    concurrency: 'ifUpdatedAt',
  },
  collections: [],
  listRecords: () => Promise.reject(new Error('not in tests')),
  loadRecord: () => Promise.reject(new Error('not in tests')),
  loadBlockTypes: () => Promise.reject(new Error('not in tests')),
  applyOperations: () => Promise.reject(new Error('not in tests')),
}

export function renderEditor(
  node: ReactNode,
  options: { store?: EditorStoreApi; nesting?: boolean } = {},
) {
  const store = options.store ?? makeStore()
  const ui = createEditorUi(store.getState().schema, options.nesting ?? false)
  let n = 0
  const commands = createBlockCommands({
    store,
    ui,
    newId: () => `new-${++n}`,
    storage: window.localStorage,
  })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const result = render(
    <QueryClientProvider client={queryClient}>
      <AdapterProvider
        config={{ backend: 'basker', basker: { tenant: 't', apiVersion: '2026-02' } }}
        adapter={fakeAdapter}
      >
        <EditorStoreProvider store={store}>
          <EditorUiContext.Provider value={ui}>
            <BlockCommandsContext.Provider value={commands}>{node}</BlockCommandsContext.Provider>
          </EditorUiContext.Provider>
        </EditorStoreProvider>
      </AdapterProvider>
    </QueryClientProvider>,
  )
  return { ...result, store, ui, commands }
}

/** Renders a node with only the adapter (and query client) around it, for the block views. */
export function renderWithAdapter(node: ReactNode, id: BackendAdapter['id'] = 'basker') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={queryClient}>
      <AdapterProvider
        config={{ backend: 'basker', basker: { tenant: 't', apiVersion: '2026-02' } }}
        adapter={{ ...fakeAdapter, id }}
      >
        {node}
      </AdapterProvider>
    </QueryClientProvider>,
  )
}
