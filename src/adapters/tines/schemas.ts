// zod schemas of every Tines response the adapter reads. Unknown keys are tolerated; the keys the
// editor relies on are checked.
import { z } from 'zod'

const id = z.number().int().positive()

export const elementSchema = z.looseObject({
  element_id: id,
  element_type: z.string(),
  content: z.string().nullish(),
  note_type: z.string().nullish(),
  color: z.string().nullish(),
})

export const blockSchema = z.looseObject({
  id,
  slug: z.string().nullish(),
  title: z.string(),
  block_type: z.string().min(1),
  position: z.number().int().nonnegative(),
  hidden: z.boolean().nullish(),
  block_group_id: id.nullish(),
  elements: z.array(elementSchema).nullish(),
  updated_at: z.string().nullish(),
})
export type TinesBlock = z.infer<typeof blockSchema>

// Tines sends page links as URLs; only the counts are read.
export const metaSchema = z.looseObject({
  per_page: z.number().int().positive(),
  pages: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
})

export const blockListSchema = z.object({ blocks: z.array(blockSchema), meta: metaSchema })

export const caseSchema = z.looseObject({
  case_id: id,
  name: z.string(),
  status: z.string().nullish(),
  updated_at: z.string().nullish(),
})
export const caseListSchema = z.object({ cases: z.array(caseSchema), meta: metaSchema })
