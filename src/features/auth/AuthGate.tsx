// Renders the app for a logged-in user (or the local admin), the login screen for nobody, and
// provides the session to every screen. Logging out reloads the page, so nothing of the previous
// user's data stays in memory.
import { useMemo } from 'react'
import type { ReactNode } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { ErrorPanel, LoadingPanel } from '../shared/StatePanels'
import { FIRST_USER_KEY } from './first-user'
import { LoginScreen } from './LoginScreen'
import { logOut, SESSION_KEY, sessionQuery, type Session } from './session-api'
import { SessionProvider, type SessionValue } from './session-context'

export function AuthGate({ children }: { children?: ReactNode }) {
  const queryClient = useQueryClient()
  const session = useQuery(sessionQuery())
  const data = session.data
  const value = useMemo<SessionValue | null>(
    () =>
      data
        ? {
            session: data,
            logOut: () => {
              void logOut(data.csrfToken).finally(() => window.location.assign('/'))
            },
          }
        : null,
    [data],
  )

  if (session.isPending) return <LoadingPanel fullPage label="Checking your session…" />
  if (session.isError) {
    return (
      <ErrorPanel
        fullPage
        title="The editor could not start"
        message={`Your session (/api/session) could not be read: ${session.error.message}`}
        onRetry={() => void session.refetch()}
      />
    )
  }
  if (!value || value.session.user === null) {
    const added = queryClient.getQueryData<string>(FIRST_USER_KEY)
    return (
      <LoginScreen
        {...(added ? { firstUser: added } : {})}
        onLoggedIn={(next: Session) => {
          queryClient.removeQueries({ queryKey: FIRST_USER_KEY })
          queryClient.setQueryData(SESSION_KEY, next)
        }}
      />
    )
  }
  return <SessionProvider value={value}>{children}</SessionProvider>
}
