// The three writes of a profile's blocks, as pure functions from the stored blocks and the request
// body to the new blocks (or a 400 naming what was wrong). Decisions where Omerlo's documentation
// is silent are in src/adapters/omerlo/README.md: a PUT replaces the whole array (an omitted block
// or entry is deleted), an item without `id` is created, an `id` must be one of that array's own.
import { randomUUID } from 'node:crypto'
import { isUuid, relatedKindOf } from './model'
import type { BlockTypeRow, Localized, ProfileKind, StoredBlock, StoredEntry } from './model'

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string }

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message })

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const hasKey = (item: Record<string, unknown>, key: string): boolean =>
  Object.hasOwn(item, key) && item[key] !== undefined

/** `localized` as Omerlo sends it (one object `{name, locale}`) or as an array of them. */
function checkLocalized(value: unknown, where: string): Checked<Localized[]> {
  const list: unknown = isObject(value) ? [value] : value
  if (!Array.isArray(list)) {
    return fail(`${where}.localized must be an object {name, locale} or an array of them.`)
  }
  const out: Localized[] = []
  for (const [i, item] of list.entries()) {
    if (!isObject(item) || typeof item.locale !== 'string' || item.locale === '') {
      return fail(`${where}.localized[${i}].locale must be a non-empty string.`)
    }
    if (typeof item.name !== 'string')
      return fail(`${where}.localized[${i}].name must be a string.`)
    out.push({ locale: item.locale, name: item.name })
  }
  return { ok: true, value: out }
}

function checkLayout(value: unknown, where: string): Checked<string | null> {
  if (value === null || typeof value === 'string') return { ok: true, value }
  return fail(`${where}.layout must be a string or null.`)
}

/** Merges names by locale: given locales are replaced, the others kept. */
const mergeLocalized = (old: Localized[], given: Localized[]): Localized[] => {
  const merged = old.map((l) => given.find((g) => g.locale === l.locale) ?? l)
  return [...merged, ...given.filter((g) => !old.some((l) => l.locale === g.locale))]
}

/** PUT …/blocks: the new ordered list of the profile's blocks. */
export function putBlocks(
  current: readonly StoredBlock[],
  body: unknown,
  types: readonly BlockTypeRow[],
  now: string,
): Checked<StoredBlock[]> {
  if (!Array.isArray(body)) return fail('The body must be a JSON array of blocks.')
  const seen = new Set<string>()
  const next: StoredBlock[] = []
  for (const [i, item] of body.entries()) {
    const where = `blocks[${i}]`
    if (!isObject(item)) return fail(`${where} must be an object.`)
    const id = item.id ?? null
    const old = id === null ? undefined : current.find((b) => b.id === id)
    if (id !== null && !isUuid(id)) return fail(`${where}.id is not a valid UUID.`)
    if (id !== null && !old) return fail(`${where}.id ${id} is not a block of this profile.`)
    if (id !== null && seen.has(id)) return fail(`${where}.id ${id} appears twice.`)
    if (id !== null) seen.add(id)
    const typeId = item.block_type_id ?? old?.block_type_id
    if (!isUuid(typeId)) return fail(`${where}.block_type_id must be a valid UUID.`)
    if (!types.some((t) => t.id === typeId)) return fail(`${where}.block_type_id is unknown.`)
    if (old && old.block_type_id !== typeId) return fail(`${where}: a block's type cannot change.`)
    const layout = hasKey(item, 'layout') ? checkLayout(item.layout, where) : null
    if (layout && !layout.ok) return layout
    const localized = hasKey(item, 'localized') ? checkLocalized(item.localized, where) : null
    if (localized && !localized.ok) return localized
    const changed = layout !== null || localized !== null
    next.push({
      id: old?.id ?? randomUUID(),
      block_type_id: typeId,
      layout: layout ? layout.value : (old?.layout ?? null),
      localized: localized
        ? mergeLocalized(old?.localized ?? [], localized.value)
        : (old?.localized ?? []),
      updated_at: old && !changed ? old.updated_at : now,
      entries: old?.entries ?? [],
    })
  }
  return { ok: true, value: next }
}

/** PATCH …/blocks/{block_id}: its layout and names (merged by locale). */
export function patchBlock(block: StoredBlock, body: unknown, now: string): Checked<StoredBlock> {
  if (!isObject(body)) return fail('The body must be a JSON object {layout?, localized?}.')
  const unknown = Object.keys(body).find((key) => key !== 'layout' && key !== 'localized')
  if (unknown !== undefined) return fail(`"${unknown}" cannot be changed here.`)
  const layout = hasKey(body, 'layout') ? checkLayout(body.layout, 'block') : null
  if (layout && !layout.ok) return layout
  const localized = hasKey(body, 'localized') ? checkLocalized(body.localized, 'block') : null
  if (localized && !localized.ok) return localized
  return {
    ok: true,
    value: {
      ...block,
      layout: layout ? layout.value : block.layout,
      localized: localized ? mergeLocalized(block.localized, localized.value) : block.localized,
      updated_at: now,
    },
  }
}

export interface EntryTargets {
  /** Which of the given content ids exist. */
  contents: ReadonlySet<string>
  /** The kind of each given profile id that exists. */
  profiles: ReadonlyMap<string, ProfileKind>
}

/** The ids an entries body points at, so the route can look them up before checking. */
export function entryTargetIds(body: unknown): { contents: string[]; profiles: string[] } {
  const items = Array.isArray(body) ? body.filter(isObject) : []
  return {
    contents: items.map((i) => i.content_id).filter(isUuid),
    profiles: items.map((i) => i.relation_id).filter(isUuid),
  }
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`)

function checkTarget(
  item: Record<string, unknown>,
  kind: string,
  targets: EntryTargets,
  where: string,
): Checked<{ content_id: string | null; relation_id: string | null }> {
  const related = relatedKindOf(kind)
  const content = item.content_id ?? null
  const relation = item.relation_id ?? null
  if (related === null) {
    if (relation !== null) return fail(`${where}: a Content block's entries have no relation_id.`)
    if (!isUuid(content)) return fail(`${where}.content_id must be a valid UUID.`)
    if (!targets.contents.has(content)) return fail(`${where}.content_id ${content} is unknown.`)
    return { ok: true, value: { content_id: content, relation_id: null } }
  }
  if (content !== null) return fail(`${where}: a Relation block's entries have no content_id.`)
  if (!isUuid(relation)) return fail(`${where}.relation_id must be a valid UUID.`)
  const found = targets.profiles.get(relation)
  if (found === undefined) return fail(`${where}.relation_id ${relation} is unknown.`)
  if (found !== related) {
    return fail(
      `${where}.relation_id ${relation} is ${article(found)}; this block relates ${related} profiles.`,
    )
  }
  return { ok: true, value: { content_id: null, relation_id: relation } }
}

/** PUT …/entries: the block's new ordered entries. */
export function putEntries(
  block: StoredBlock,
  kind: string,
  body: unknown,
  targets: EntryTargets,
  now: string,
): Checked<StoredEntry[]> {
  if (!Array.isArray(body)) return fail('The body must be a JSON array of entries.')
  const seen = new Set<string>()
  const next: StoredEntry[] = []
  for (const [i, item] of body.entries()) {
    const where = `entries[${i}]`
    if (!isObject(item)) return fail(`${where} must be an object.`)
    const id = item.id ?? null
    if (id !== null && !isUuid(id)) return fail(`${where}.id is not a valid UUID.`)
    const old = id === null ? undefined : block.entries.find((e) => e.id === id)
    if (id !== null && !old) return fail(`${where}.id ${id} is not an entry of this block.`)
    if (id !== null && seen.has(id)) return fail(`${where}.id ${id} appears twice.`)
    if (id !== null) seen.add(id)
    const target = checkTarget(item, kind, targets, where)
    if (!target.ok) return target
    const same =
      old?.content_id === target.value.content_id && old.relation_id === target.value.relation_id
    next.push({
      id: old?.id ?? randomUUID(),
      ...target.value,
      updated_at: same ? old.updated_at : now,
    })
  }
  return { ok: true, value: next }
}
