// The admin screen for users: list, add, change a role, remove (with a confirmation). The server
// refuses what would leave nobody able to manage users; its message is shown as is. Nobody is
// offered to remove their own account. Adding the first user ends the local admin: from then on
// everyone logs in, this browser too, so the app goes to the login screen.
import { useEffect, useRef, useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ROLES, type Role } from '../../core/roles'
import { AppHeader } from '../shared/AppHeader'
import { ErrorPanel, LoadingPanel } from '../shared/StatePanels'
import { NewUserForm } from './NewUserForm'
import { isRetryable } from './retryable'
import { FIRST_USER_KEY } from './first-user'
import { SESSION_KEY, SessionError } from './session-api'
import { useSession } from './session-context'
import {
  changeRole,
  createUser,
  removeUser,
  USERS_KEY,
  usersQuery,
  type ListedUser,
  type NewUserInput,
} from './users-api'
import '../../styles/auth.css'

type Change =
  | { kind: 'add'; input: NewUserInput }
  | { kind: 'role'; id: string; role: Role }
  | { kind: 'remove'; id: string }

export function UsersPage() {
  const { session } = useSession()
  const local = session.mode === 'local'
  const queryClient = useQueryClient()
  const users = useQuery(usersQuery())
  const [confirming, setConfirming] = useState<string | null>(null)
  // Where focus goes back to once a confirmation closes, so it is never dropped on the page.
  const [kept, setKept] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const change = useMutation({
    mutationFn: (next: Change) => {
      const csrf = session.csrfToken
      if (next.kind === 'add') return createUser(csrf, next.input)
      if (next.kind === 'role') return changeRole(csrf, next.id, next.role)
      return removeUser(csrf, next.id)
    },
    onSuccess: (_result, done) => {
      if (done.kind === 'add' && local) {
        queryClient.setQueryData(FIRST_USER_KEY, done.input.email)
        return queryClient.invalidateQueries({ queryKey: SESSION_KEY })
      }
      return queryClient.invalidateQueries({ queryKey: USERS_KEY })
    },
  })
  const loggedOut = users.error instanceof SessionError && users.error.status === 401
  useEffect(() => {
    // The session ended (expired, or users now exist): the login screen is the way on.
    if (loggedOut) void queryClient.invalidateQueries({ queryKey: SESSION_KEY })
  }, [loggedOut, queryClient])

  return (
    <div className="app-frame">
      <AppHeader />
      <main className="users-page">
        <h1 className="theme-page__title" ref={heading} tabIndex={-1}>
          Users
        </h1>
        {change.isError ? (
          <p className="login__error" role="alert">
            {change.error.message}
          </p>
        ) : null}
        {users.isPending ? <LoadingPanel label="Loading the users…" /> : null}
        {users.isError ? (
          <ErrorPanel
            title="The users could not be loaded"
            message={users.error.message}
            {...(isRetryable(users.error) ? { onRetry: () => void users.refetch() } : {})}
          />
        ) : null}
        {users.data && users.data.length > 0 ? (
          <table className="users-page__table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail address</th>
                <th scope="col">Role</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user: ListedUser) => (
                <tr key={user.id}>
                  <td>
                    {user.name}
                    {user.id === session.user?.id ? (
                      <span className="users-page__you"> (you)</span>
                    ) : null}
                  </td>
                  <td>{user.email}</td>
                  <td>
                    <select
                      className="input"
                      aria-label={`Role of ${user.email}`}
                      value={user.role}
                      onChange={(event) =>
                        change.mutate({
                          kind: 'role',
                          id: user.id,
                          role: event.target.value as Role,
                        })
                      }
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {r}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {user.id === session.user?.id ? null : confirming === user.id ? (
                      <>
                        <button
                          type="button"
                          className="button button--small"
                          autoFocus
                          onClick={() => {
                            setConfirming(null)
                            heading.current?.focus()
                            change.mutate({ kind: 'remove', id: user.id })
                          }}
                        >
                          Remove {user.email} for good
                        </button>{' '}
                        <button
                          type="button"
                          className="button button--small button--quiet"
                          onClick={() => {
                            setConfirming(null)
                            setKept(user.id)
                          }}
                        >
                          Keep
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`Remove ${user.email}`}
                        autoFocus={kept === user.id}
                        onClick={() => setConfirming(user.id)}
                      >
                        Remove
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <h2>{local ? 'Add the first user' : 'Add a user'}</h2>
        {local ? (
          <p className="users-page__note">
            The first user must be an admin. Once there is a user, everyone logs in, you too.
          </p>
        ) : null}
        <NewUserForm
          first={local}
          onSubmit={(input) => change.mutateAsync({ kind: 'add', input })}
        />
      </main>
    </div>
  )
}
