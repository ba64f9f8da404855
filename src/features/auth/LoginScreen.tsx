// The login form shown instead of the app when the server has users and nobody is logged in. The
// address where the user was going stays in the URL, so they land there once logged in.
import { useId, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { logIn, SessionError, type Session } from './session-api'
import '../../styles/auth.css'

export function LoginScreen({
  onLoggedIn,
  firstUser,
}: {
  onLoggedIn: (session: Session) => void
  /** The first user was just added here: say so and fill in their address. */
  firstUser?: string
}) {
  const id = useId()
  const [email, setEmail] = useState(firstUser ?? '')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const passwordInput = useRef<HTMLInputElement>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      onLoggedIn(await logIn(email, password))
    } catch (caught) {
      setError(caught instanceof SessionError ? caught.message : 'Logging in failed.')
      setPassword('')
      setBusy(false)
      passwordInput.current?.focus()
    }
  }

  return (
    <main className="login">
      <h1 className="login__title">Log in</h1>
      <p className="login__lead">Block editor</p>
      {firstUser ? (
        <p className="login__notice" role="status">
          {firstUser} was added as the first admin. From now on everyone logs in: log in with that
          account to go on.
        </p>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        {error ? (
          <p className="login__error" role="alert" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-email`}>
            E-mail address
          </label>
          <input
            id={`${id}-email`}
            className="input"
            type="email"
            autoComplete="username"
            required
            autoFocus={!firstUser}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-password`}>
            Password
          </label>
          <input
            id={`${id}-password`}
            ref={passwordInput}
            className="input"
            type="password"
            autoComplete="current-password"
            required
            autoFocus={Boolean(firstUser)}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || email.trim() === '' || password === ''}
        >
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </main>
  )
}
