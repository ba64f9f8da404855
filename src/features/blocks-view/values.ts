// Reading block values for the block views: loose on purpose, since a draft may hold anything its
// schema allows (or older shapes), and a view must render rather than fail.
import { isPlainObject } from '../../core'
import type { FieldValues } from '../../core'

/** The id a reference holds: an id, `{relationTo, value}` or a populated `{id, …}`. */
export function referenceId(ref: unknown): string {
  if (typeof ref === 'string') return ref
  if (typeof ref === 'number') return String(ref)
  if (isPlainObject(ref) && 'relationTo' in ref && 'value' in ref) return referenceId(ref.value)
  if (isPlainObject(ref) && (typeof ref.id === 'string' || typeof ref.id === 'number'))
    return String(ref.id)
  return ''
}

/** The collection a polymorphic reference names, if it names one. */
export function referenceCollection(ref: unknown): string | undefined {
  return isPlainObject(ref) && typeof ref.relationTo === 'string' ? ref.relationTo : undefined
}

export function text(values: FieldValues, key: string): string {
  const value = values[key]
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
}

export function html(values: FieldValues, key: string): string {
  const value = values[`${key}_html`] ?? values[key]
  return typeof value === 'string' ? value : ''
}

export function items(values: FieldValues, key: string): FieldValues[] {
  const value = values[key]
  return Array.isArray(value) ? value.filter(isPlainObject) : []
}

export function group(values: FieldValues, key: string): FieldValues {
  const value = values[key]
  return isPlainObject(value) ? value : {}
}

/** The name a populated reference carries itself (`title`, `name`, `alt`, `label`), or ''. */
export function ownName(value: unknown): string {
  if (!isPlainObject(value)) return ''
  if (typeof value.relationTo === 'string' && 'value' in value) return ownName(value.value)
  for (const key of ['title', 'name', 'alt', 'label', 'filename']) {
    const named = value[key]
    if (typeof named === 'string' && named.trim() !== '') return named.trim()
  }
  return ''
}

/** A reference field's value as a list (one reference or many). */
export function refItems(value: unknown): unknown[] {
  return (Array.isArray(value) ? value : value == null || value === '' ? [] : [value]).filter(
    (ref) => referenceId(ref) !== '' || ownName(ref) !== '',
  )
}

/**
 * A readable name made from an id that is a slug ("event-spring-gala" → "Spring gala"); '' for
 * ids that are not words (UUIDs, numbers, hashes), which must never be shown as a name.
 */
export function humanize(id: string): string {
  if (!/[a-z]{2}/i.test(id) || looksOpaque(id)) return ''
  const words = id
    .replace(/^(event|person|people|media|page|image|img|file)[-_]/i, '')
    .replace(/[-_]+/g, ' ')
    .trim()
  return words === '' ? '' : words.charAt(0).toUpperCase() + words.slice(1)
}

function looksOpaque(id: string): boolean {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return true
  // Long runs of hex or digits mixed with letters ("blk_a81f33c0", "64f0c2…") are not words.
  return /[0-9a-f]{8,}/i.test(id.replace(/[-_]/g, '')) && /\d/.test(id)
}

/** Whole days from `now` to an ISO date; null when the date cannot be read. */
export function daysUntil(date: string, now: Date): number | null {
  const target = Date.parse(date)
  if (Number.isNaN(target)) return null
  return Math.ceil((target - now.getTime()) / 86_400_000)
}
