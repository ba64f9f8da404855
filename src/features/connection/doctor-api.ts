// /api/doctor for the Connection page: GET runs the read-only checks, POST also a write that
// changes nothing (with the session's CSRF token, like every write).
import { z } from 'zod'
import { apiRequest } from '../../sync'
import { CSRF_HEADER } from '../auth'

const checkSchema = z.object({
  id: z.string(),
  label: z.string(),
  status: z.enum(['pass', 'fail', 'skip']),
  detail: z.string(),
  fix: z.string().optional(),
})
export type ConnectionCheck = z.infer<typeof checkSchema>

export const DOCTOR_KEY = ['doctor'] as const

export async function runConnectionChecks(options: {
  write: boolean
  csrfToken: string | null
  signal?: AbortSignal
}): Promise<ConnectionCheck[]> {
  const body = await apiRequest('/doctor', {
    method: options.write ? 'POST' : 'GET',
    ...(options.write && options.csrfToken
      ? { headers: { [CSRF_HEADER]: options.csrfToken } }
      : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  })
  return z.object({ checks: z.array(checkSchema) }).parse(body).checks
}
