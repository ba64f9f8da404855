// Kragle's answers, checked at the adapter boundary.
import { z } from 'zod'
import { answerParser } from '../shared/parse-answer'

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

/** Checks one of Kragle's answers ('malformed' naming what was wrong). */
export const parse = answerParser('Kragle')
