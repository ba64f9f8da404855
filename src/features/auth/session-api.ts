// The browser's side of /api/session: who is logged in, logging in and out. Answers are checked
// with zod like every other server answer. The session id never reaches this code (httpOnly).
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { ROLES } from '../../core/roles'

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

const messageOf = async (response: Response): Promise<string> => {
  try {
    const body = (await response.json()) as { message?: unknown }
    if (typeof body.message === 'string' && body.message) return body.message
  } catch {
    // Not JSON: fall through to the status.
  }
  return `The server answered ${response.status}.`
}

const parse = (value: unknown): Session => {
  const parsed = sessionSchema.safeParse(value)
  if (!parsed.success) throw new SessionError('The server sent an unreadable session.', 0)
  return parsed.data
}

export async function fetchSession(signal?: AbortSignal): Promise<Session> {
  const response = await fetch('/api/session', {
    headers: { accept: 'application/json' },
    ...(signal ? { signal } : {}),
  })
  if (!response.ok) throw new SessionError(await messageOf(response), response.status)
  return parse(await response.json())
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
  let response: Response
  try {
    response = await fetch('/api/session/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ email, password }),
    })
  } catch {
    throw new SessionError('The server could not be reached; check the connection.', 0)
  }
  if (!response.ok) throw new SessionError(await messageOf(response), response.status)
  return parse(await response.json())
}

export async function logOut(csrfToken: string | null): Promise<void> {
  const response = await fetch('/api/session/logout', {
    method: 'POST',
    headers: csrfToken ? { [CSRF_HEADER]: csrfToken } : {},
  })
  if (!response.ok && response.status !== 401) {
    throw new SessionError(await messageOf(response), response.status)
  }
}
