// The browser's side of /api/session: who is logged in, logging in and out, through the one HTTP
// client (sync/api-client.ts: timeout, size cap). Answers are checked with zod like every other. The session id never reaches this code (httpOnly).
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { ROLES } from '../../core/roles'
import { ApiError, apiRequest } from '../../sync'

export const CSRF_HEADER = 'X-CSRF-Token'

const sessionSchema = z.object({
  mode: z.enum(['local', 'users']),
  user: z
    .object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(ROLES) })
    .nullable(),
  csrfToken: z.string().nullable(),
})

export type Session = z.infer<typeof sessionSchema>
export type SessionUser = NonNullable<Session['user']>

export const SESSION_KEY = ['session'] as const

export class SessionError extends Error {
  override readonly name = 'SessionError'
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

const parse = (value: unknown): Session => {
  const parsed = sessionSchema.safeParse(value)
  if (!parsed.success) throw new SessionError('The server sent an unreadable session.', 0)
  return parsed.data
}

/** The server's refusal as a SessionError; no answer at all says so plainly. */
const asSessionError = (error: unknown): unknown => {
  if (!(error instanceof ApiError)) return error
  if (error.kind === 'network' || error.kind === 'timeout') {
    return new SessionError('The server could not be reached; check the connection.', 0)
  }
  return new SessionError(error.message, error.status)
}

export async function fetchSession(signal?: AbortSignal): Promise<Session> {
  try {
    return parse(await apiRequest('/session', signal ? { signal } : {}))
  } catch (error) {
    throw asSessionError(error)
  }
}

export function sessionQuery() {
  return queryOptions({
    queryKey: SESSION_KEY,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: Infinity,
    retry: 1,
  })
}

export async function logIn(email: string, password: string): Promise<Session> {
  try {
    return parse(await apiRequest('/session/login', { method: 'POST', body: { email, password } }))
  } catch (error) {
    throw asSessionError(error)
  }
}

export async function logOut(csrfToken: string | null): Promise<void> {
  try {
    await apiRequest('/session/logout', {
      method: 'POST',
      headers: csrfToken ? { [CSRF_HEADER]: csrfToken } : {},
    })
  } catch (error) {
    // Already logged out (the session ended elsewhere): nothing left to do.
    if (error instanceof ApiError && error.status === 401) return
    throw asSessionError(error)
  }
}
