// /api/users for the admin screen, through the one HTTP client. Writes carry the session's CSRF token like every other write.
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { ROLES, type Role } from '../../core/roles'
import { ApiError, apiRequest } from '../../sync'
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

const asSessionError = (error: unknown): unknown =>
  error instanceof ApiError ? new SessionError(error.message, error.status) : error

export function usersQuery() {
  return queryOptions({
    queryKey: USERS_KEY,
    queryFn: async ({ signal }) => {
      try {
        const body = await apiRequest('/users', { signal })
        return z.object({ users: z.array(userSchema) }).parse(body).users
      } catch (error) {
        throw asSessionError(error)
      }
    },
  })
}

const write = async (
  csrfToken: string | null,
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<void> => {
  try {
    await apiRequest(path, {
      method,
      headers: csrfToken ? { [CSRF_HEADER]: csrfToken } : {},
      ...(body === undefined ? {} : { body }),
    })
  } catch (error) {
    throw asSessionError(error)
  }
}

export interface NewUserInput {
  email: string
  name: string
  role: Role
  password: string
}

export const createUser = (csrf: string | null, input: NewUserInput) =>
  write(csrf, 'POST', '/users', input)
export const changeRole = (csrf: string | null, id: string, role: Role) =>
  write(csrf, 'PATCH', `/users/${encodeURIComponent(id)}`, { role })
export const removeUser = (csrf: string | null, id: string) =>
  write(csrf, 'DELETE', `/users/${encodeURIComponent(id)}`)
