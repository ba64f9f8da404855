// The /theme route: the site-wide theme settings on their own page.
import { useEffect } from 'react'
import { Link } from 'react-router'
import type { ThemeScope } from '../../adapters/types'
import { AppHeader } from '../shared/AppHeader'
import { Icon } from '../shared/Icon'
import { ThemeSettingsPanel } from './ThemeSettingsPanel'
import { UnknownValuesNote } from './UnknownValuesNote'

const SITE: ThemeScope = { kind: 'site' }

export function SiteThemePage() {
  useEffect(() => {
    document.title = 'Site theme · Block editor'
    return () => {
      document.title = 'Block editor'
    }
  }, [])
  return (
    <div className="app-frame">
      <AppHeader />
      <main className="page theme-page">
        <Link className="button button--quiet" to="/">
          <Icon name="back" /> Records
        </Link>
        <h1 className="theme-page__title">Site theme</h1>
        <p className="muted">
          Settings that apply to every page of the site. Changes are saved as a draft.
        </p>
        <UnknownValuesNote scope={SITE} />
        <div className="theme-page__panel">
          <ThemeSettingsPanel scope={SITE} title="Site theme settings" />
        </div>
      </main>
    </div>
  )
}
