// Field values in words, for the list of changed fields: an option's label rather than its
// value, "Yes"/"No", dates without milliseconds, links by what they point at.
import { isPlainObject } from '../deep-equal'
import type { FieldSchema } from '../types'

const MAX = 120

function clip(text: string): string {
  return text.length <= MAX ? text : `${text.slice(0, MAX - 1)}…`
}

function formatDate(value: string): string {
  const match = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?Z$/.exec(value)
  if (!match) return value
  return match[2] === '00:00' ? (match[1] as string) : `${match[1]} ${match[2]} UTC`
}

function formatReference(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (isPlainObject(value)) {
    const target = value.value ?? value.id
    const inner = isPlainObject(target) ? (target.id ?? target.title) : target
    const label = typeof value.filename === 'string' ? value.filename : String(inner ?? '')
    return typeof value.relationTo === 'string' ? `${label} (${value.relationTo})` : label
  }
  return formatJson(value)
}

function formatJson(value: unknown): string {
  return JSON.stringify(value) ?? ''
}

/** A value as a short readable string; '' for nothing (undefined, null, '', []). */
export function formatValue(value: unknown, field?: FieldSchema): string {
  if (value === undefined || value === null || value === '') return ''
  if (Array.isArray(value) && value.length === 0) return ''
  const type = field?.type
  if (type === 'checkbox' || typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (type === 'select') {
    const values = Array.isArray(value) ? value : [value]
    return clip(
      values.map((v) => field?.options?.find((o) => o.value === v)?.label ?? String(v)).join(', '),
    )
  }
  if (type === 'date' && typeof value === 'string') return formatDate(value)
  if (type === 'relationship' || type === 'upload') {
    const values = Array.isArray(value) ? value : [value]
    return clip(values.map(formatReference).join(', '))
  }
  if (type === 'array' && Array.isArray(value)) {
    return value.length === 1 ? '1 item' : `${value.length} items`
  }
  if (typeof value === 'string' || typeof value === 'number') return clip(String(value))
  return clip(formatJson(value))
}
