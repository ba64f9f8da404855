// The Omerlo answers the adapter reads, checked at the boundary. Only what the editor uses is
// required; everything else Omerlo sends is dropped.
import { z } from 'zod'
import { AdapterError } from '../types'

const nullableString = z.string().nullable().optional()

export const blockTypesReply = z.object({
  data: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
})

const listMeta = z
  .object({ page: z.number(), total: z.number(), total_pages: z.number() })
  .optional()

export const profilesReply = z.object({
  data: z.array(z.object({ id: z.string(), name: z.string(), updated_at: nullableString })),
  meta: listMeta,
})

export const contentsReply = z.object({
  data: z.array(z.object({ id: z.string(), title: z.string() })),
  meta: listMeta,
})

export const profileReply = z.object({ data: z.object({ id: z.string(), name: z.string() }) })

export const blockSchema = z.object({
  id: z.string(),
  block_type_id: z.string(),
  block_type: z.object({ id: z.string(), name: z.string(), kind: z.string() }).nullish(),
  layout: nullableString,
  localized: z.array(z.object({ locale: z.string(), name: z.string() })).optional(),
})
export type OmerloBlock = z.infer<typeof blockSchema>

export const blocksReply = z.object({ data: z.array(blockSchema) })

export const entrySchema = z.object({
  id: z.string(),
  content_id: nullableString,
  relation_id: nullableString,
  /** Not documented: the reference backend adds what the entry points at, for labels. */
  title: nullableString,
})
export type OmerloEntry = z.infer<typeof entrySchema>

export const entriesReply = z.object({ data: z.array(entrySchema) })

export function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
  return fail(`Omerlo sent an unexpected ${what}${where}: ${issue?.message ?? 'invalid'}`)
}

function fail(message: string): never {
  throw new AdapterError('malformed', message)
}
