// The shapes the hub's answers are checked against (zod) at the adapter boundary.
import { z } from 'zod'

const text = z.union([z.string(), z.number()]).transform(String)

/** A stored content tree with the meta fields the hub injects. */
export const letcSchema = z
  .object({
    id: text,
    hashtag: z.string(),
    device: z.string(),
    lang: z.string(),
    serial: z.coerce.number().int(),
    kids: z.array(z.unknown()).optional(),
  })
  .loose()
export type StoredLetc = z.infer<typeof letcSchema>

export const blockRowSchema = z
  .object({
    id: text,
    hashtag: z.string(),
    mtime: z.number().optional(),
    published: z.number().optional(),
  })
  .loose()

export const listSchema = z.object({ data: z.array(blockRowSchema) })

export const historyRowSchema = z
  .object({
    history_id: text,
    serial: z.coerce.number().int(),
    comment: z.string().optional(),
    created_at: z.string().optional(),
    ctime: z.number().optional(),
    is_current: z.number().optional(),
    is_online: z.number().optional(),
  })
  .loose()
export type HistoryRow = z.infer<typeof historyRowSchema>

export const historySchema = z.object({ data: z.array(historyRowSchema) })

export const storeSchema = z.object({
  data: z.object({ id: text, active: text, hashtag: z.string() }).loose(),
})

export const renameSchema = z.object({ data: z.object({ hashtag: z.string() }).loose() })

export const copySchema = z.object({ data: z.object({ id: text, serial: text }).loose() })
