// The one check of a backend's answer at the adapter boundary: the value as the zod schema reads
// it, or an AdapterError 'malformed' that names the backend, what was read and where it was wrong
// (the first problem; the rest rarely help someone reading the message).
import type { z } from 'zod'
import { AdapterError } from '../types'

export type AnswerParser = <T>(schema: z.ZodType<T>, value: unknown, what: string) => T

/** A parser for one backend's answers; `sender` opens the message ("Tines", "The hub"). */
export function answerParser(sender: string): AnswerParser {
  return (schema, value, what) => {
    const result = schema.safeParse(value)
    if (result.success) return result.data
    const issue = result.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    throw new AdapterError(
      'malformed',
      `${sender} sent an unexpected ${what}${where}: ${issue?.message ?? 'invalid'}`,
    )
  }
}
