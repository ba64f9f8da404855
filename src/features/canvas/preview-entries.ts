// What a card shows of its block: a few of its filled-in fields, each shortened to one line
// (rich text stays HTML and is clipped by the card).
import type { Block, BlockTypeSchema, FieldSchema } from '../../core'

export interface PreviewEntry {
  key: string
  label: string
  kind: 'text' | 'html'
  text: string
}

const MAX_ENTRIES = 4
const MAX_TEXT = 160

export function previewEntries(
  block: Block,
  schemaType: BlockTypeSchema | undefined,
): PreviewEntry[] {
  if (!schemaType) return rawEntries(block)
  const entries: PreviewEntry[] = []
  for (const field of schemaType.fields) {
    if (entries.length >= MAX_ENTRIES) break
    const entry = fieldEntry(field, block.value)
    if (entry) entries.push(entry)
  }
  return entries
}

function fieldEntry(field: FieldSchema, value: Record<string, unknown>): PreviewEntry | null {
  const base = { key: field.key, label: field.label || field.key }
  if (field.type === 'richText') {
    const html = value[`${field.key}_html`]
    return typeof html === 'string' && html.replace(/<[^>]*>/g, '').trim() !== ''
      ? { ...base, kind: 'html', text: html }
      : null
  }
  const text = summarize(field, value[field.key])
  return text === '' ? null : { ...base, kind: 'text', text: clip(text) }
}

/** One line for a field value; '' when there is nothing worth showing. */
export function summarize(field: FieldSchema, value: unknown): string {
  if (value === null || value === undefined) return ''
  switch (field.type) {
    case 'text':
    case 'richText':
      return typeof value === 'string' ? value.trim() : ''
    case 'number':
      return typeof value === 'number' ? String(value) : ''
    case 'checkbox':
      return value === true ? 'Yes' : value === false ? 'No' : ''
    case 'select': {
      const values = Array.isArray(value) ? value : [value]
      return values
        .map((v) => field.options?.find((o) => o.value === v)?.label ?? String(v))
        .join(', ')
    }
    case 'date':
      return typeof value === 'string' ? formatDate(value) : ''
    case 'relationship':
    case 'upload': {
      const refs = Array.isArray(value) ? value : [value]
      return refs.map(referenceText).filter(Boolean).join(', ')
    }
    case 'customObject':
      return isObject(value) ? countText(Object.keys(value).length, 'key') : ''
    case 'array':
      return Array.isArray(value) ? countText(value.length, 'item') : ''
    case 'group': {
      if (!isObject(value)) return ''
      const filled = Object.values(value).filter((v) => v !== null && v !== '' && v !== undefined)
      return filled.length === 0 ? '' : countText(filled.length, 'field') + ' set'
    }
  }
}

export function referenceText(ref: unknown): string {
  if (typeof ref === 'string') return ref
  if (typeof ref === 'number') return String(ref)
  if (isObject(ref) && typeof ref.relationTo === 'string') {
    return `${ref.relationTo}/${referenceText(ref.value)}`
  }
  if (isObject(ref) && (typeof ref.id === 'string' || typeof ref.id === 'number'))
    return String(ref.id)
  return ''
}

function rawEntries(block: Block): PreviewEntry[] {
  return Object.entries(block.value)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .slice(0, 3)
    .map(([key, text]) =>
      key.endsWith('_html')
        ? { key, label: key.slice(0, -5), kind: 'html' as const, text }
        : { key, label: key, kind: 'text' as const, text: clip(text) },
    )
}

function countText(n: number, noun: string): string {
  return n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`
}

function clip(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1).trimEnd()}…`
}

function formatDate(value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const date = new Date(day ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(date.getTime())) return value
  return date.toLocaleDateString(undefined, {
    dateStyle: 'medium',
    ...(day ? { timeZone: 'UTC' } : {}),
  } as Intl.DateTimeFormatOptions)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
