import type { z } from 'zod'
import { AdapterError } from '../types'

/** Parses a Tines response, or fails with 'malformed' naming what was wrong. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
  throw new AdapterError(
    'malformed',
    `Tines sent an unexpected ${what}${where}: ${issue?.message ?? 'invalid'}`,
  )
}
