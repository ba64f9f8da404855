// The bar across the top of every screen: the product name (home link), the backend in use and
// the site-wide pages (theme settings, for the roles that may change them) and the current user.
// On narrow screens the pages and the user sit behind a "Menu" button, so the bar never wraps.
import { useId, useState } from 'react'
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react'
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
  const [menuOpen, setMenuOpen] = useState(false)
  const menuId = useId()
  const onMenuKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return
    event.preventDefault()
    setMenuOpen(false)
    document.getElementById(`${menuId}-button`)?.focus()
  }
  // Following a link closes the menu (the header stays mounted on some screens).
  const onMenuClick = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a')) setMenuOpen(false)
  }
  return (
    <header className="app-header">
      <Link to="/" className="app-header__brand">
        <img src="/favicon.svg" alt="" width="22" height="22" />
        <span>Block editor</span>
      </Link>
      <span className="app-header__backend" title="Backend">
        {config.backend}
      </span>
      <button
        id={`${menuId}-button`}
        type="button"
        className="app-header__menu-button"
        aria-expanded={menuOpen}
        aria-controls={menuId}
        onClick={() => setMenuOpen((open) => !open)}
      >
        Menu
      </button>
      <div
        id={menuId}
        className={menuOpen ? 'app-header__menu is-open' : 'app-header__menu'}
        onKeyDown={onMenuKeyDown}
        onClick={onMenuClick}
      >
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
      </div>
    </header>
  )
}
