// zod schemas of every Basker response the adapter reads. Unknown keys are tolerated (the API
// adds fields over time); missing or mistyped keys the editor relies on are not.
import { z } from 'zod'

export const blockSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  value: z.record(z.string(), z.unknown()).nullish(),
})

// List entries are summaries: their blocks (if the backend includes them) are not read.
export const summarySchema = z.looseObject({
  id: z.union([z.string().min(1), z.number()]),
  title: z.string().nullish(),
  name: z.string().nullish(),
  slug: z.string().nullish(),
  createdAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
  _status: z.string().nullish(),
})

export const recordSchema = summarySchema.extend({
  blocks: z.array(blockSchema).nullish(),
})

export const listSchema = z.object({
  docs: z.array(summarySchema),
  totalDocs: z.number().int().nonnegative(),
  limit: z.number().int().nonnegative().optional(),
  totalPages: z.number().int().nonnegative(),
  page: z.number().int().positive().optional(),
  hasPrevPage: z.boolean().optional(),
  hasNextPage: z.boolean().optional(),
})

export interface RawField {
  key: string
  type: string
  label?: string | null | undefined
  required?: boolean | null | undefined
  options?: { value: string; label?: string | null | undefined }[] | null | undefined
  relationTo?: string | string[] | null | undefined
  hasMany?: boolean | null | undefined
  fields?: RawField[] | null | undefined
  defaultValue?: unknown
}

export const fieldSchema: z.ZodType<RawField> = z.lazy(() =>
  z.object({
    key: z.string().min(1),
    type: z.string().min(1),
    label: z.string().nullish(),
    required: z.boolean().nullish(),
    options: z
      .array(
        z.union([
          z.object({ value: z.string(), label: z.string().nullish() }),
          z.string().transform((value) => ({ value, label: value })),
        ]),
      )
      .nullish(),
    relationTo: z.union([z.string(), z.array(z.string())]).nullish(),
    hasMany: z.boolean().nullish(),
    fields: z.array(fieldSchema).nullish(),
    defaultValue: z.unknown().optional(),
  }),
)

export const blockTypesSchema = z.object({
  blocks: z.array(
    z.object({
      type: z.string().min(1),
      label: z.string().nullish(),
      fields: z.array(fieldSchema).nullish(),
    }),
  ),
})

export const applyResponseSchema = z.object({
  versionTarget: z.string().optional(),
  operations: z
    .array(
      z.looseObject({
        op: z.string(),
        status: z.string(),
        blockId: z.string().nullish(),
        insertedBlockId: z.string().nullish(),
      }),
    )
    .optional(),
  document: z.looseObject({
    id: z.union([z.string(), z.number()]).optional(),
    updatedAt: z.string().nullish(),
    blocks: z.array(blockSchema).nullish(),
  }),
})

export const errorBodySchema = z.looseObject({
  error: z.string().optional(),
  message: z.string().optional(),
  errors: z
    .array(z.looseObject({ path: z.string().optional(), message: z.string().optional() }))
    .optional(),
})
