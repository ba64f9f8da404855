// /connection (admins): the same checks as `npm run doctor`, against the configured backend
// through the server's own proxy. Opening the page runs the read-only ones; a button adds the
// write that changes nothing.
import { useEffect, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useSession } from '../auth'
import { AppHeader } from '../shared/AppHeader'
import { DOCTOR_KEY, runConnectionChecks, type ConnectionCheck } from './doctor-api'

const MARK: Record<ConnectionCheck['status'], string> = {
  pass: 'Passed',
  fail: 'Failed',
  skip: 'Not run',
}

export function ConnectionPage() {
  const { session } = useSession()
  const [write, setWrite] = useState(false)
  useEffect(() => {
    document.title = 'Connection · Block editor'
    return () => {
      document.title = 'Block editor'
    }
  }, [])
  const checks = useQuery({
    queryKey: [...DOCTOR_KEY, write, session.csrfToken],
    queryFn: ({ signal }) => runConnectionChecks({ write, csrfToken: session.csrfToken, signal }),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  })
  const failed = checks.data?.filter((c) => c.status === 'fail').length ?? 0

  return (
    <div className="app-frame">
      <AppHeader />
      <main className="page theme-page">
        <h1 className="theme-page__title">Connection</h1>
        <p className="muted">
          The editor’s checks of the configured backend, in order, through the server’s own proxy
          (the same as <code>npm run doctor</code>).
        </p>
        <p role="status">
          {checks.isFetching
            ? 'Checking…'
            : checks.error
              ? `The checks could not run: ${checks.error.message}`
              : failed === 0
                ? 'Every check passed.'
                : `${failed} check${failed === 1 ? '' : 's'} failed.`}
        </p>
        {checks.data ? (
          <ol className="connection-checks" aria-label="Connection checks">
            {checks.data.map((check) => (
              <li key={check.id} data-status={check.status}>
                <strong>{check.label}</strong>: {MARK[check.status]}. {check.detail}
                {check.fix ? <div>What to fix: {check.fix}</div> : null}
              </li>
            ))}
          </ol>
        ) : null}
        <p>
          <button
            type="button"
            className="button"
            disabled={checks.isFetching}
            onClick={() => {
              if (write) void checks.refetch()
              else setWrite(true)
            }}
          >
            Check again, with a write that changes nothing
          </button>
        </p>
      </main>
    </div>
  )
}
