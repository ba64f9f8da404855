// /api/users for the admin screen. Writes carry the session's CSRF token like every other write.
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { ROLES, type Role } from '../../core/roles'
import { CSRF_HEADER, SessionError } from './session-api'

const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  createdAt: z.string(),
})
export type ListedUser = z.infer<typeof userSchema>

export const USERS_KEY = ['users'] as const

const fail = async (response: Response): Promise<never> => {
  let message = `The server answered ${response.status}.`
  try {
    const body = (await response.json()) as { message?: unknown }
    if (typeof body.message === 'string' && body.message) message = body.message
  } catch {
    // Keep the status message.
  }
  throw new SessionError(message, response.status)
}

export function usersQuery() {
  return queryOptions({
    queryKey: USERS_KEY,
    queryFn: async ({ signal }) => {
      const response = await fetch('/api/users', { signal })
      if (!response.ok) return fail(response)
      return z.object({ users: z.array(userSchema) }).parse(await response.json()).users
    },
  })
}

const write = async (
  csrfToken: string | null,
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<void> => {
  const headers: Record<string, string> = {}
  if (csrfToken) headers[CSRF_HEADER] = csrfToken
  if (body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!response.ok) await fail(response)
}

export interface NewUserInput {
  email: string
  name: string
  role: Role
  password: string
}

export const createUser = (csrf: string | null, input: NewUserInput) =>
  write(csrf, 'POST', '/api/users', input)
export const changeRole = (csrf: string | null, id: string, role: Role) =>
  write(csrf, 'PATCH', `/api/users/${encodeURIComponent(id)}`, { role })
export const removeUser = (csrf: string | null, id: string) =>
  write(csrf, 'DELETE', `/api/users/${encodeURIComponent(id)}`)
