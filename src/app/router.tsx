// The screens: the record list, the editor for one record, the site theme settings and a
// record's preview. All but the list are loaded on demand so the record list starts light.
import { createBrowserRouter } from 'react-router'
import { RequireAction } from '../features/auth'
import { RecordListPage } from '../features/records/RecordListPage'
import { NotFoundPage } from '../features/shared/NotFoundPage'
import { LoadingPanel } from '../features/shared/StatePanels'

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/', element: <RecordListPage /> },
    {
      // One layout for editing and reviewing a record, so switching between them keeps the open
      // record (its unsaved edits, its selection) instead of opening it again.
      lazy: async () => {
        const { EditorPage } = await import('../features/editor/EditorPage')
        return { Component: EditorPage }
      },
      hydrateFallbackElement: <LoadingPanel fullPage label="Opening the editor…" />,
      // The layout draws both screens from the path; the children only match it. `element: null`
      // says so to React Router, which otherwise warns that a leaf route draws nothing.
      children: [
        { path: '/edit/:collection/:id', element: null },
        { path: '/review/:collection/:id', element: null },
      ],
    },
    {
      path: '/theme',
      lazy: async () => {
        const { SiteThemePage } = await import('../features/theme/SiteThemePage')
        return {
          Component: () => (
            <RequireAction action="theme">
              <SiteThemePage />
            </RequireAction>
          ),
        }
      },
      hydrateFallbackElement: <LoadingPanel fullPage label="Opening the theme settings…" />,
    },
    {
      path: '/users',
      lazy: async () => {
        const { UsersPage } = await import('../features/auth/UsersPage')
        return {
          Component: () => (
            <RequireAction action="admin">
              <UsersPage />
            </RequireAction>
          ),
        }
      },
      hydrateFallbackElement: <LoadingPanel fullPage label="Opening the users…" />,
    },
    {
      path: '/connection',
      lazy: async () => {
        const { ConnectionPage } = await import('../features/connection/ConnectionPage')
        return {
          Component: () => (
            <RequireAction action="admin">
              <ConnectionPage />
            </RequireAction>
          ),
        }
      },
      hydrateFallbackElement: <LoadingPanel fullPage label="Opening the connection checks…" />,
    },
    {
      path: '/preview/:collection/:id',
      lazy: async () => {
        const { PreviewPage } = await import('../features/preview/PreviewPage')
        return { Component: PreviewPage }
      },
      hydrateFallbackElement: <LoadingPanel fullPage label="Opening the preview…" />,
    },
    {
      path: '/library',
      lazy: async () => {
        const { LibraryPage } = await import('../features/library/LibraryPage')
        return { Component: LibraryPage }
      },
      hydrateFallbackElement: <LoadingPanel fullPage label="Opening the block library…" />,
    },
    {
      path: '/library/:id',
      lazy: async () => {
        const { BlockTypePage } = await import('../features/library/BlockTypePage')
        return { Component: BlockTypePage }
      },
      hydrateFallbackElement: <LoadingPanel fullPage label="Opening the block type…" />,
    },
    { path: '*', element: <NotFoundPage /> },
  ])
}
