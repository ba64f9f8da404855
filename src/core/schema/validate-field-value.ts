// Field validation for the forms: a plain message for the editor, or null when the value is fine.
import { isPlainObject } from '../deep-equal'
import type { FieldSchema } from '../types'

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === '' || /^<p>\s*<\/p>$/.test(value.trim())
  return Array.isArray(value) && value.length === 0
}

function isRealDate(value: string): boolean {
  if (!DATE.test(value) && !DATE_TIME.test(value)) return false
  const day = value.slice(0, 10)
  const parsed = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day
}

/** A reference by id, or the `{relationTo, value}` form used for ambiguous links. */
function isReference(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 0
  return isPlainObject(value) && typeof value.relationTo === 'string' && isReference(value.value)
}

function checkType(field: FieldSchema, value: unknown): string | null {
  const name = field.label || field.key
  switch (field.type) {
    case 'text':
    case 'richText':
      return typeof value === 'string' ? null : `${name} must be text.`
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : `${name} must be a number.`
    case 'checkbox':
      return typeof value === 'boolean' ? null : `${name} must be on or off.`
    case 'select': {
      const options = field.options ?? []
      const valid = (item: unknown): boolean => options.some((option) => option.value === item)
      if (field.hasMany && Array.isArray(value)) {
        return value.every(valid) ? null : `${name} has a choice that is not one of its options.`
      }
      return valid(value) ? null : `${name} must be one of its options.`
    }
    case 'date':
      return typeof value === 'string' && isRealDate(value)
        ? null
        : `${name} must be a date (yyyy-mm-dd) or an ISO date and time.`
    case 'relationship':
    case 'upload':
      if (field.hasMany) {
        return Array.isArray(value) && value.every(isReference)
          ? null
          : `${name} must be a list of ids.`
      }
      return isReference(value) ? null : `${name} must be an id.`
    case 'customObject':
      return isPlainObject(value) ? null : `${name} must be an object.`
    case 'array': {
      if (!Array.isArray(value)) return `${name} must be a list.`
      for (const [index, item] of value.entries()) {
        if (!isPlainObject(item)) return `${name} item ${index + 1} must be an object.`
        const problem = validateFields(field.fields ?? [], item)
        if (problem) return `${name} item ${index + 1}: ${problem}`
      }
      return null
    }
    case 'group': {
      if (!isPlainObject(value)) return `${name} must be an object.`
      const problem = validateFields(field.fields ?? [], value)
      return problem ? `${name}: ${problem}` : null
    }
  }
}

/** The first problem among sub-fields (rich text read from `<key>_html` when present). */
function validateFields(
  fields: readonly FieldSchema[],
  value: Record<string, unknown>,
): string | null {
  for (const field of fields) {
    const html = `${field.key}_html`
    const item =
      field.type === 'richText' && Object.hasOwn(value, html) ? value[html] : value[field.key]
    const problem = validateFieldValue(field, item)
    if (problem) return problem
  }
  return null
}

/** A plain message saying what is wrong with `value` for `field`, or null when it is valid. */
export function validateFieldValue(field: FieldSchema, value: unknown): string | null {
  if (isEmpty(value)) return field.required ? `${field.label || field.key} is required.` : null
  return checkType(field, value)
}
