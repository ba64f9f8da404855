// The bar across the top of every screen: the product name (home link) and the backend in use.
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useAdapterConfig } from '../../sync'

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
      {children}
    </header>
  )
}
