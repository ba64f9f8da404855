// The bar across the top of every screen: the product name (home link), the backend in use and
// the site-wide pages (theme settings, for the roles that may change them) and the current user.
import type { ReactNode } from 'react'
import { Link, NavLink } from 'react-router'
import { useAdapterConfig, useHasBlockLibrary, useHasThemeSettings } from '../../sync'
import { useCan, UserMenu } from '../auth'
import '../../styles/theme.css'

export function AppHeader({ children }: { children?: ReactNode }) {
  const config = useAdapterConfig()
  // Only for backends that have theme settings, and only for roles that may change them.
  const hasTheme = useHasThemeSettings()
  const canTheme = useCan('theme') && hasTheme
  const canAdmin = useCan('admin')
  const hasLibrary = useHasBlockLibrary()
  return (
    <header className="app-header">
      <Link to="/" className="app-header__brand">
        <img src="/favicon.svg" alt="" width="22" height="22" />
        <span>Block editor</span>
      </Link>
      <span className="app-header__backend" title="Backend">
        {config.backend}
      </span>
      <nav className="app-header__nav" aria-label="Site">
        {hasLibrary ? (
          <NavLink to="/library" className="app-header__link">
            Block library
          </NavLink>
        ) : null}
        {canTheme ? (
          <NavLink to="/theme" className="app-header__link">
            Site theme
          </NavLink>
        ) : null}
        {canAdmin ? (
          <NavLink to="/users" className="app-header__link">
            Users
          </NavLink>
        ) : null}
        {canAdmin ? (
          <NavLink to="/connection" className="app-header__link">
            Connection
          </NavLink>
        ) : null}
      </nav>
      {children}
      <UserMenu />
    </header>
  )
}
