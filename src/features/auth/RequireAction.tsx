// A screen only some roles may use (theme settings, user admin): others get a plain explanation
// instead of a form whose every save the server would refuse.
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { ACTION_WORDS, type RoleAction } from '../../core/roles'
import { ErrorPanel } from '../shared/StatePanels'
import { useCan, useSession } from './session-context'

export function RequireAction({ action, children }: { action: RoleAction; children: ReactNode }) {
  const allowed = useCan(action)
  const role = useSession().session.user?.role ?? 'nobody'
  if (allowed) return children
  return (
    <ErrorPanel
      fullPage
      title="Not available for your role"
      message={`Your role (${role}) may not ${ACTION_WORDS[action]}. Ask an admin if you need to.`}
    >
      <Link to="/" className="button">
        Back to the records
      </Link>
    </ErrorPanel>
  )
}
