// Kragle's answers, checked at the adapter boundary.
import { z } from 'zod'
import { AdapterError } from '../types'

export const blockTypeSchema = z.object({
  id: z.number().int(),
  owner: z.number().int(),
  name: z.string(),
  definition: z.unknown(),
  is_remote: z.boolean(),
  needs_approval: z.boolean(),
  is_approved: z.boolean().optional(),
  resolved: z.unknown().optional(),
})
export type KragleBlockType = z.infer<typeof blockTypeSchema>

export const blockTypeListSchema = z.object({
  count: z.number().int().nonnegative(),
  pagesize: z.number().int().positive(),
  page: z.number().int().positive(),
  blocktypes: z.array(blockTypeSchema),
})

export const createdSchema = z.object({ id: z.number().int() })
export const validatedSchema = z.object({ validated: z.literal(true) })

/** Parses a Kragle response, or fails with 'malformed' naming what was wrong. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
  throw new AdapterError(
    'malformed',
    `Kragle sent an unexpected ${what}${where}: ${issue?.message ?? 'invalid'}`,
  )
}
