// The headers a comment or approval write needs from the session: its CSRF token (none for the
// local admin, whose server runs without logins).
import { useMemo } from 'react'
import { CSRF_HEADER, useSession } from '../auth'

export function useWriteHeaders(): Record<string, string> {
  const token = useSession().session.csrfToken
  return useMemo(() => (token ? { [CSRF_HEADER]: token } : {}), [token])
}
