// The rows the adapter reads from a hub's answers, checked with zod at the boundary. Only the keys
// the adapter uses are named (the columns vendor-facts.md lists, and the names an older hub or the
// document uses beside them); every other key of a row is let through untouched.
import { z } from 'zod'
import { answerParser } from '../shared/parse-answer'

const text = z.union([z.string(), z.number()]).transform(String)
const whole = z.union([z.number(), z.string().regex(/^-?\d+$/)]).transform(Number)
const flag = z
  .union([z.number(), z.string(), z.boolean(), z.null()])
  .transform((value) => value === true || value === 1 || value === '1')

/** Checks one of The hub's answers ('malformed' naming what was wrong). */
export const parse = answerParser('The hub')

/** A block.list row: `id, serial, active, hashtag, type, status, ctime, mtime, …`. */
export const blockRowSchema = z
  .object({
    id: text,
    hashtag: z.string(),
    mtime: whole.optional(),
    status: z.string().optional(),
    published: flag.optional(),
  })
  .loose()
export type BlockRow = z.infer<typeof blockRowSchema>

/**
 * A block.history row: `hashtag, author_id, id, serial, ctime, firstname, lastname, lang, device,
 * active (1 = current), created_date, status, isonline`. Whether `id` is the history entry's or the
 * block's is not public: `history_id` is taken when present, else `id`.
 */
export const historyRowSchema = z
  .object({
    id: text.optional(),
    history_id: text.optional(),
    serial: whole,
    device: z.string().optional(),
    lang: z.string().optional(),
    active: flag.optional(),
    is_current: flag.optional(),
    isonline: flag.optional(),
    is_online: flag.optional(),
    comment: z.string().optional(),
    created_date: z.string().optional(),
    created_at: z.string().optional(),
    ctime: whole.optional(),
    firstname: z.string().optional(),
    lastname: z.string().optional(),
  })
  .loose()
export type HistoryRow = z.infer<typeof historyRowSchema>

/** block.store's answer: `{id, active (the serial stored), hashtag}`. */
export const storeSchema = z.object({ id: text, active: text, hashtag: z.string() }).loose()

/** block.rename's answer: the block with its new hashtag. */
export const renameSchema = z.object({ hashtag: z.string() }).loose()

/** block.copy's answer: `{id, serial, device, lang}` of the copy. */
export const copySchema = z.object({ id: text, serial: text }).loose()
