// The "Add a user" form of the admin screen. The first user must be an admin (nobody could manage
// users otherwise), so the role starts as admin then.
import { useId, useState } from 'react'
import type { FormEvent, ReactNode } from 'react'
import { ROLES, type Role } from '../../core/roles'

export function NewUserForm(props: {
  onSubmit: (input: { email: string; name: string; role: Role; password: string }) => Promise<void>
  /** No user exists yet: this one must be an admin. */
  first?: boolean
}) {
  const id = useId()
  const [email, setEmail] = useState('')
  const [name, setName] = useState('')
  const [role, setRole] = useState<Role>(props.first ? 'admin' : 'editor')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      await props.onSubmit({ email, name, role, password })
      setEmail('')
      setName('')
      setPassword('')
    } catch {
      // The screen shows the error; keep what was typed so it can be corrected.
    } finally {
      setBusy(false)
    }
  }

  const field = (label: string, key: string, input: ReactNode) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      {input}
    </div>
  )

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Add a user">
      <div className="users-page__form">
        {field(
          'E-mail address',
          'email',
          <input
            id={`${id}-email`}
            className="input"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />,
        )}
        {field(
          'Name',
          'name',
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />,
        )}
        {field(
          'Role',
          'role',
          <select
            id={`${id}-role`}
            className="input"
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>,
        )}
        {field(
          'Password (at least 10 characters)',
          'password',
          <input
            id={`${id}-password`}
            className="input"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />,
        )}
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        Add user
      </button>
    </form>
  )
}
