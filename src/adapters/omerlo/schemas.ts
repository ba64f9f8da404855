// The Omerlo answers the adapter reads, checked at the boundary. Where the documents and
// vendor-facts.md do not settle a shape, every plausible one is accepted (../tolerant-shapes.ts):
// `{data, meta?, assocs?}` or bare, one record as an object or a one-element array, `localized`
// as one object `{name, locale}` (what Omerlo sends), an array of them, or absent. Every key of a
// block or entry is kept as read (loose objects), so what the editor does not know goes back
// untouched.
import { z } from 'zod'
import { many, one, unwrap } from '../tolerant-shapes'
import { answerParser } from '../shared/parse-answer'

const nullableString = z.string().nullish()

const localizedItem = z.looseObject({ name: nullableString, locale: nullableString })
export const localizedSchema = z.union([localizedItem, z.array(localizedItem)]).nullish()
export type OmerloLocalized = z.infer<typeof localizedSchema>

export const blockSchema = z.looseObject({
  id: z.string(),
  block_type_id: z.string(),
  /** vendor-facts.md: a profile block carries its type's kind. */
  kind: nullableString,
  /** Not Omerlo's: an embedded type some answers might carry; read when present. */
  block_type: z
    .looseObject({ id: z.string(), name: nullableString, kind: nullableString })
    .nullish(),
  layout: nullableString,
  localized: localizedSchema,
})
export type OmerloBlock = z.infer<typeof blockSchema>

/** `assocs.profile_block_types`: `{id, kind, localized{name} | name, updated_at}`. */
const blockTypeSchema = z.looseObject({
  id: z.string(),
  kind: nullableString,
  name: nullableString,
  localized: localizedSchema,
})

export const entrySchema = z.looseObject({
  id: z.string(),
  content_id: nullableString,
  relation_id: nullableString,
})
export type OmerloEntry = z.infer<typeof entrySchema>

const listMeta = z
  .looseObject({
    page: z.number().optional(),
    total: z.number().optional(),
    total_pages: z.number().optional(),
  })
  .nullish()

const summarySchema = z.looseObject({
  id: z.string(),
  name: nullableString,
  title: nullableString,
  localized: localizedSchema,
  updated_at: nullableString,
})
export type OmerloSummary = z.infer<typeof summarySchema>

export interface OmerloBlockType {
  id: string
  name?: string
  kind?: string
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const assocsOf = (reply: unknown): Record<string, unknown> =>
  isRecord(reply) && isRecord(reply.assocs) ? reply.assocs : {}

/** The names in a `localized`, by locale; an object without a locale is `fallbackLocale`'s. */
export function namesOf(localized: OmerloLocalized, fallbackLocale: string): Map<string, string> {
  const items = localized ? (Array.isArray(localized) ? localized : [localized]) : []
  const names = new Map<string, string>()
  for (const item of items) {
    if (typeof item.name === 'string') names.set(item.locale ?? fallbackLocale, item.name)
  }
  return names
}

/** What a person calls a record or a type: its name, title, or first localized name. */
export const nameOf = (item: { name?: unknown; title?: unknown; localized?: unknown }) => {
  if (typeof item.name === 'string' && item.name) return item.name
  if (typeof item.title === 'string' && item.title) return item.title
  const localized = localizedSchema.safeParse(item.localized)
  if (!localized.success) return undefined
  return [...namesOf(localized.data, '').values()].find((name) => name !== '')
}

export function parseBlocks(reply: unknown, what: string) {
  const blocks = parse(z.array(blockSchema), many(unwrap(reply, ['blocks'])), what)
  const raw = assocsOf(reply).profile_block_types ?? []
  const types = parse(z.array(blockTypeSchema), many(raw), `${what} (assocs.profile_block_types)`)
  const known: OmerloBlockType[] = types.map((t) => {
    const name = nameOf(t)
    return { id: t.id, ...(name ? { name } : {}), ...(t.kind ? { kind: t.kind } : {}) }
  })
  return { blocks, types: known }
}

/**
 * Entries, and what each points at when the answer says (an entry's own `title`, or a content or
 * profile side-loaded in `assocs`): Omerlo derives it, the editor only shows it.
 */
export function parseEntries(reply: unknown, what: string) {
  const entries = parse(z.array(entrySchema), many(unwrap(reply, ['entries'])), what)
  const labels = new Map<string, string>()
  for (const list of Object.values(assocsOf(reply))) {
    if (!Array.isArray(list)) continue
    for (const item of list) {
      if (!isRecord(item) || typeof item.id !== 'string') continue
      const name = nameOf(item)
      if (name) labels.set(item.id, name)
    }
  }
  return entries.map((entry) => {
    const target = entry.content_id ?? entry.relation_id ?? ''
    const own = typeof entry.title === 'string' && entry.title ? entry.title : undefined
    return { entry, label: own ?? labels.get(target) ?? null }
  })
}

export function parseList(reply: unknown, what: string) {
  const items = parse(z.array(summarySchema), many(unwrap(reply, [])), what)
  const meta = parse(listMeta, isRecord(reply) ? reply.meta : undefined, `${what} (meta)`)
  return { items, meta: meta ?? {} }
}

export function parseProfile(reply: unknown) {
  return parse(summarySchema, one(unwrap(reply, [])), 'profile')
}

/** Checks one of Omerlo's answers ('malformed' naming what was wrong). */
export const parse = answerParser('Omerlo')
