// The bar across the top of every screen: the product name (home link), the backend in use and
// the site-wide pages (theme settings).
import type { ReactNode } from 'react'
import { Link, NavLink } from 'react-router'
import { useAdapterConfig } from '../../sync'
import '../../styles/theme.css'

export function AppHeader({ children }: { children?: ReactNode }) {
  const config = useAdapterConfig()
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
        <NavLink to="/theme" className="app-header__link">
          Site theme
        </NavLink>
      </nav>
      {children}
    </header>
  )
}
