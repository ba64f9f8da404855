// The screens: the record list, the editor for one record, the site theme settings and a
// record's preview. All but the list are loaded on demand so the record list starts light.
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
    {
      path: '/theme',
      lazy: async () => {
        const { SiteThemePage } = await import('../features/theme/SiteThemePage')
        return { Component: SiteThemePage }
      },
      hydrateFallbackElement: <LoadingPanel fullPage label="Opening the theme settings…" />,
    },
    {
      path: '/preview/:collection/:id',
      lazy: async () => {
        const { PreviewPage } = await import('../features/preview/PreviewPage')
        return { Component: PreviewPage }
      },
      hydrateFallbackElement: <LoadingPanel fullPage label="Opening the preview…" />,
    },
    { path: '*', element: <NotFoundPage /> },
  ])
}
