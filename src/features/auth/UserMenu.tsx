// The current user and a logout button, in the header. The local admin has neither a name worth
// showing nor a session to end, so nothing is shown then.
import { useSession } from './session-context'
import '../../styles/auth.css'

export function UserMenu() {
  const { session, logOut } = useSession()
  if (session.mode === 'local' || session.user === null) return null
  return (
    <div className="user-menu" aria-label="Current user" role="group">
      <span className="user-menu__name">{session.user.name}</span>
      <span className="user-menu__role">{session.user.role}</span>
      <button type="button" className="button button--small" onClick={logOut}>
        Log out
      </button>
    </div>
  )
}
