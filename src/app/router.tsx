// The two screens: the record list and the editor for one record. The editor (Tiptap, dnd-kit)
// is loaded on demand so the record list starts light.
import { createBrowserRouter } from 'react-router'
import { RecordListPage } from '../features/records/RecordListPage'
import { NotFoundPage } from '../features/shared/NotFoundPage'
import { LoadingPanel } from '../features/shared/StatePanels'

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/', element: <RecordListPage /> },
    {
      path: '/edit/:collection/:id',
      lazy: async () => {
        const { EditorPage } = await import('../features/editor/EditorPage')
        return { Component: EditorPage }
      },
      hydrateFallbackElement: <LoadingPanel fullPage label="Opening the editor…" />,
    },
    { path: '*', element: <NotFoundPage /> },
  ])
}
