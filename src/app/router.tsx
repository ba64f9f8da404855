// The two screens: the record list and the editor for one record.
import { createBrowserRouter } from 'react-router'
import { RecordListPage } from '../features/records/RecordListPage'
import { EditorPage } from '../features/editor/EditorPage'
import { NotFoundPage } from '../features/shared/NotFoundPage'

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/', element: <RecordListPage /> },
    { path: '/edit/:collection/:id', element: <EditorPage /> },
    { path: '*', element: <NotFoundPage /> },
  ])
}
