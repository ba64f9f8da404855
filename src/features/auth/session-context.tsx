// The logged-in user for every screen, and what their role allows. Without a provider (component
// tests) everything is allowed, as for the local admin: the server enforces roles either way.
import { createContext, useContext } from 'react'
import type { ReactNode } from 'react'
import { roleAllows, type RoleAction } from '../../core/roles'
import type { Session } from './session-api'

export interface SessionValue {
  session: Session
  logOut: () => void
}

const LOCAL: SessionValue = {
  session: {
    mode: 'local',
    user: { id: 'local', email: '', name: 'Local admin', role: 'admin' },
    csrfToken: null,
  },
  logOut: () => undefined,
}

const SessionContext = createContext<SessionValue>(LOCAL)

export function SessionProvider({
  value,
  children,
}: {
  value: SessionValue
  children?: ReactNode
}) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): SessionValue {
  return useContext(SessionContext)
}

/** Whether the current user's role allows `action` (hide the control when it does not). */
export function useCan(action: RoleAction): boolean {
  const { user } = useContext(SessionContext).session
  return user !== null && roleAllows(user.role, action)
}
