// Reading block values for the preview: loose on purpose, since a draft may hold anything its
// schema allows (or older shapes), and the preview must render rather than fail.
import { isPlainObject } from '../../core'
import type { FieldValues } from '../../core'
import { referenceText } from '../canvas/preview-entries'

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

/** A reference (id, {relationTo, value} or a populated document) as a readable name. */
export function refName(value: unknown): string {
  if (isPlainObject(value)) {
    if (typeof value.relationTo === 'string' && 'value' in value) return refName(value.value)
    for (const key of ['title', 'name', 'alt', 'label']) {
      const named = value[key]
      if (typeof named === 'string' && named !== '') return named
    }
  }
  return humanize(referenceText(value))
}

export function refList(value: unknown): string[] {
  return (Array.isArray(value) ? value : value == null ? [] : [value])
    .map(refName)
    .filter((name) => name !== '')
}

/** "event-spring-gala" → "Spring gala": ids of the demo seed read well enough as names. */
export function humanize(id: string): string {
  const words = id
    .replace(/^(event|person|media|page)-/, '')
    .replace(/[-_]+/g, ' ')
    .trim()
  return words === '' ? '' : words.charAt(0).toUpperCase() + words.slice(1)
}

/** Whole days from `now` to an ISO date; null when the date cannot be read. */
export function daysUntil(date: string, now: Date): number | null {
  const target = Date.parse(date)
  if (Number.isNaN(target)) return null
  return Math.ceil((target - now.getTime()) / 86_400_000)
}
